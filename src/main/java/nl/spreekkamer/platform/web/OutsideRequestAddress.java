package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address that links in mails written by scheduled jobs start with, where no request tells it:
 * {@code spreekkamer.public.url}, or {@code http://localhost:9080} on a demo machine.
 */
@ApplicationScoped
public class OutsideRequestAddress {
  static final String DEMO = "http://localhost:9080";

  @Inject
  @ConfigProperty(name = "spreekkamer.public.url")
  Optional<String> configured;

  /** The base address without a trailing slash. */
  public String base() {
    return configured
        .filter(url -> !url.isBlank())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElse(DEMO);
  }
}
