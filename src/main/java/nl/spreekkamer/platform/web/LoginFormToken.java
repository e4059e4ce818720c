package nl.spreekkamer.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The login form's protection against login CSRF (issue 16): the form carries a random token that
 * must equal the one in a cookie only this site can set, sent only to the login page and never
 * along with a request from another site (SameSite=Strict). The login page stays stateless: no
 * session is made for a visitor who has not logged in.
 */
final class LoginFormToken {
  static final String COOKIE = "SPREEKKAMER_LOGIN";
  private static final SecureRandom RANDOM = new SecureRandom();

  private LoginFormToken() {}

  /** The browser's token, or a new one set as its cookie. */
  static String issue(HttpServletRequest request, HttpServletResponse response, boolean secure) {
    Optional<String> existing = fromCookie(request);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setPath(request.getContextPath() + "/login.xhtml");
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
    return token;
  }

  /** Whether the form's token is the one of this browser's cookie. */
  static boolean matches(HttpServletRequest request, String submitted) {
    return submitted != null
        && fromCookie(request)
            .map(
                cookie ->
                    MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII),
                        submitted.getBytes(StandardCharsets.US_ASCII)))
            .orElse(false);
  }

  private static Optional<String> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> c.getName().equals(COOKIE) && c.getValue().matches("[A-Za-z0-9_-]{32}"))
            .map(Cookie::getValue)
            .findFirst();
  }
}
