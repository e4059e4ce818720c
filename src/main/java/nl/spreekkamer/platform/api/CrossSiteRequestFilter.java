package nl.spreekkamer.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.spreekkamer.platform.errors.AccessDeniedException;

/**
 * Cross-site request forgery on the API (issue 16): a state-changing call that rides on the
 * browser's session cookie must come from this application's own pages. It needs a same-origin
 * {@code Origin} (or the {@code X-Requested-With} header, which no other site can send without a
 * CORS preflight this application never allows), and a body, if any, in JSON. A form or {@code
 * text/plain} post from another site is refused with 403 before any work, before the request is
 * even matched to a resource. Calls with an {@code Authorization} header (HTTP Basic, API keys)
 * carry no ambient credentials and are not affected.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getHeaderString("Authorization") != null
        || servletRequest.getRequestedSessionId() == null) {
      return;
    }
    String site = request.getHeaderString("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw refused();
    }
    String origin = request.getHeaderString("Origin");
    boolean ownPage =
        origin != null
            ? sameOrigin(origin, request.getHeaderString("Host"))
            : request.getHeaderString("X-Requested-With") != null;
    if (!ownPage) {
      throw refused();
    }
    MediaType type = request.getMediaType();
    if (type != null && !isJson(type)) {
      throw refused();
    }
  }

  /** The Origin names the host (and port) this request was sent to. */
  static boolean sameOrigin(String origin, String host) {
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null
          && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isJson(MediaType type) {
    return type.getType().equals("application")
        && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
  }

  private static AccessDeniedException refused() {
    return new AccessDeniedException("error.crossSite");
  }
}
