package nl.spreekkamer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content Security Policy allows scripts from this origin
 * only, never inline. Faces pages get the same policy from PrimeFaces (primefaces.CSP_POLICY in
 * web.xml) with the page's nonce appended to {@code script-src}, so their own scripts run and an
 * injected one does not; two policies would have to agree on every nonce, so this filter leaves the
 * header of Faces pages to PrimeFaces.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isFacesPage(request)) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!request.getServletPath().startsWith("/jakarta.faces.resource")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  /**
   * A page rendered by Faces (where PrimeFaces writes the policy), not one of its resources. A
   * folder address such as {@code /verwijskaart/} is one too: the container serves its welcome page
   * {@code index.xhtml} by a forward this filter does not see again, and a second, nonce-less
   * policy on it would block every script of the page.
   */
  static boolean isFacesPage(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return !path.startsWith("/jakarta.faces.resource")
        && (path.endsWith(".xhtml") || path.endsWith("/") || path.isEmpty());
  }
}
