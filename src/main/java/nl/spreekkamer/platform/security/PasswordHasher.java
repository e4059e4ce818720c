package nl.spreekkamer.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512. The iteration count is configurable ({@code
 * spreekkamer.password.iterations}); stored hashes carry their own parameters, so raising it later
 * keeps old passwords working.
 */
@ApplicationScoped
public class PasswordHasher {
  /** Passwords people choose themselves must be at least this long. */
  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "spreekkamer.password.iterations", defaultValue = "210000")
  int iterations;

  private String dummyHash;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate("not-a-password".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
  public void matchNothing(char[] password) {
    pbkdf2.verify(password, dummyHash);
  }
}
