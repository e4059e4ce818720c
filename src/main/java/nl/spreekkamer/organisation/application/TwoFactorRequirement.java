package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether two-factor login is compulsory for the roles that see patient data ({@code
 * spreekkamer.mfa.required}; when not set: yes, except in demo mode, so the demo accounts of {@code
 * mvn liberty:run} keep working with their password).
 */
@ApplicationScoped
public class TwoFactorRequirement {
  @Inject
  @ConfigProperty(name = "spreekkamer.mfa.required")
  Optional<Boolean> configured;

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean demo;

  public boolean required() {
    return configured.orElse(!demo);
  }
}
