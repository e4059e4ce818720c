package nl.spreekkamer.platform.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The language switch: {@code /taal?lang=en&terug=/pagina.xhtml} remembers the language in a cookie
 * for a year and returns to the page. Only local return paths are followed.
 */
@WebServlet("/taal")
public class LanguageServlet extends HttpServlet {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale =
        LocaleResolver.supported(request.getParameter("lang")).orElse(LocaleResolver.DUTCH);
    Cookie cookie = new Cookie(LocaleResolver.COOKIE, locale.getLanguage());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.sendRedirect(
        request.getContextPath() + LocalPath.orHome(request.getParameter("terug")));
  }
}
