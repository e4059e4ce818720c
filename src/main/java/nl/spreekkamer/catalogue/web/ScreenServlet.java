package nl.spreekkamer.catalogue.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.spreekkamer.catalogue.application.ScreenService;

/**
 * {@code /scherm/{token}}: the waiting-room animation of one practice, without a login, for a
 * narrowcasting player or a browser in kiosk mode. An unknown token is a plain 404. The page may be
 * shown in a frame (players often embed web pages) and reloads itself once an hour, so a new
 * meldpunt phone number reaches the screen without anyone touching it.
 */
@WebServlet("/scherm/*")
public class ScreenServlet extends HttpServlet {
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors *";

  @Inject ScreenService screens;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String token = path == null || path.length() < 2 ? "" : path.substring(1);
    Optional<String> page = screens.play(token, request.getParameter("lang"));
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Content-Security-Policy", POLICY);
    // frame-ancestors in the policy allows framing; browsers then ignore X-Frame-Options.
    response.setHeader("Refresh", "3600");
    response.setHeader("X-Robots-Tag", "noindex");
    response.setContentType("text/html; charset=UTF-8");
    byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
