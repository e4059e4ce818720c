package nl.spreekkamer.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.spreekkamer.platform.errors.ProblemWriter;

/**
 * The error page for errors the web container finds before the application runs, e.g. an encoded
 * slash ({@code %2F}) in a path: under {@code /api} the answer is a problem in JSON like every
 * other API error, elsewhere the page for unexpected errors.
 */
@WebServlet("/fout/fout")
public class ApiErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PAGE = "/fout/500.xhtml";
  private static final java.util.Set<Integer> KNOWN =
      java.util.Set.of(400, 401, 403, 404, 405, 406, 415);

  @Inject transient ProblemWriter problems;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (uri == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (String.valueOf(uri).startsWith(request.getContextPath() + "/api/")) {
      int status = code instanceof Integer c && c >= 400 && c < 600 ? c : 500;
      String key =
          status >= 500
              ? "error.internal"
              : KNOWN.contains(status) ? "error.http." + status : "error.http.400";
      problems.write(request, response, status, key);
      return;
    }
    request.getRequestDispatcher(PAGE).forward(request, response);
  }
}
