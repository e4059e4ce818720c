package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * The application's address for links in documents that may be made within a request (a download)
 * or outside one (a job): {@link PublicAddress} when there is a request, else {@link
 * OutsideRequestAddress}.
 */
@ApplicationScoped
public class BaseAddress {
  @Inject PublicAddress request;
  @Inject OutsideRequestAddress outside;

  public String base() {
    try {
      return request.base();
    } catch (ContextNotActiveException e) {
      return outside.base();
    }
  }
}
