package nl.spreekkamer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;

/**
 * A page that fails because the database cannot be reached answers 503 with a static "try again"
 * page (web.xml maps 503 to /fout/503.html, which needs neither Faces nor the database) instead of
 * the generic 500 page. The API has the same rule in its exception mapper.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class DatabaseUnavailableFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(() -> "Database unavailable on " + request.getRequestURI() + ": " + e);
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
