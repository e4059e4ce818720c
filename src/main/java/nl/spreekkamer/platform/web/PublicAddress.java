package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which people reach the application, for links printed on paper (QR codes). {@code
 * spreekkamer.public.url} sets it behind a proxy; otherwise it is the address of the request.
 */
@RequestScoped
public class PublicAddress {
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "spreekkamer.public.url")
  Optional<String> configured;

  /** The application's base address without a trailing slash, e.g. https://host/spreekkamer. */
  public String base() {
    return configured
        .filter(url -> !url.isBlank())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElseGet(this::fromRequest);
  }

  private String fromRequest() {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
