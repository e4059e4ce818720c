package nl.spreekkamer.monitoring.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Test support deployed next to the application in the test server only: {@code POST
 * /monitoring-it/dating?id=&received=&contact=&conversation=} puts a referral's moments on the
 * given days in the shared database.
 */
@WebServlet("/dating")
public class ReferralDatingServlet extends HttpServlet {
  @Inject ReferralDating dating;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    dating.date(
        Long.parseLong(request.getParameter("id")),
        LocalDate.parse(request.getParameter("received")),
        day(request.getParameter("contact")),
        day(request.getParameter("conversation")));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static LocalDate day(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
