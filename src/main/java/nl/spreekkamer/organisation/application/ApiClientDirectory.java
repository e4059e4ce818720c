package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.ApiClient;
import nl.spreekkamer.organisation.domain.ApiClientRepository;
import nl.spreekkamer.platform.security.ApiKeyDirectory;

/** Verifies API keys against the stored clients: right hash, not revoked. */
@ApplicationScoped
public class ApiClientDirectory implements ApiKeyDirectory {
  @Inject ApiClientRepository clients;

  @Override
  public Optional<String> verify(String key) {
    String prefix = ApiClient.prefixOf(key);
    if (prefix == null) {
      return Optional.empty();
    }
    return clients
        .findByPrefix(prefix)
        .filter(client -> client.accepts(key))
        .map(ApiClient::principalName);
  }
}
