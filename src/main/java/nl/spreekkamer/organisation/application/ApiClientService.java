package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.ApiClient;
import nl.spreekkamer.organisation.domain.ApiClientRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;

/** A coordinator gives the gemeente's case system an API key, lists and revokes keys. */
@Stateless
@RolesAllowed(Roles.GEMEENTE_COORDINATOR)
public class ApiClientService {
  @Inject Caller caller;
  @Inject ApiClientRepository clients;
  @Inject Clock clock;
  @Inject AccountAudit audit;

  /** An API client as listed; the key itself is never shown again. */
  public record ApiClientView(long id, String name, Instant createdAt, Instant revokedAt)
      implements java.io.Serializable {
    static ApiClientView of(ApiClient c) {
      return new ApiClientView(c.id(), c.name(), c.createdAt(), c.revokedAt());
    }
  }

  /** A new client with its key, shown this once. */
  public record IssuedKey(long id, String name, String key) implements java.io.Serializable {}

  public IssuedKey issue(String name) {
    ApiClient.Issued issued =
        ApiClient.issue(caller.gemeenteId(), Checks.required("name", name, 80), clock.instant());
    clients.add(issued.client());
    audit.apiKey(AccountEvent.Kind.API_KEY_ISSUED, issued.client().id(), issued.client().name());
    return new IssuedKey(issued.client().id(), issued.client().name(), issued.key());
  }

  public List<ApiClientView> list() {
    return clients.ofGemeente(caller.gemeenteId()).stream().map(ApiClientView::of).toList();
  }

  public void revoke(long id) {
    ApiClient client =
        clients
            .find(id)
            .filter(c -> c.gemeenteId() == caller.gemeenteId())
            .orElseThrow(() -> new ResourceNotFoundException("notFound.apiClient", id));
    client.revoke(clock.instant());
    audit.apiKey(AccountEvent.Kind.API_KEY_REVOKED, client.id(), client.name());
  }
}
