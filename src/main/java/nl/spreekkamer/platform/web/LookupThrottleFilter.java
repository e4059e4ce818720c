package nl.spreekkamer.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.security.LookupThrottle;

/**
 * The public pages that look something up by a secret code (a referral card's page, a certificate's
 * check, a practice's screen) answer 429 to a source that keeps trying unknown codes, so the codes
 * cannot be enumerated (issue 16). The page's own status tells: a 404 is a miss, a success ends the
 * count.
 */
@WebFilter(
    urlPatterns = {"/kaart.xhtml", "/verify/*", "/scherm/*"},
    asyncSupported = true)
public class LookupThrottleFilter extends HttpFilter {
  @Inject LookupThrottle throttle;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String source = request.getRemoteAddr();
    OptionalLong wait = throttle.retryAfter(source);
    if (wait.isPresent()) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getOutputStream()
          .write(
              Messages.get(
                      LocaleResolver.resolve(request), "error.tooManyAttempts", wait.getAsLong())
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
      throttle.missed(source);
    } else if (response.getStatus() < 400) {
      throttle.found(source);
    }
  }
}
