package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;

/**
 * A municipal case system allowed to use the API for one gemeente. Its key is shown once when made;
 * only a SHA-256 hash is kept (the key carries 256 random bits, so a slow hash adds nothing). The
 * key starts with a public prefix to find the client without scanning.
 */
@Entity
@Table(name = "API_CLIENT")
public class ApiClient {
  public static final String PRINCIPAL_PREFIX = "api-client:";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "apiClientIds")
  @TableGenerator(
      name = "apiClientIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "API_CLIENT",
      allocationSize = 10)
  private Long id;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "NAME", length = 80, nullable = false)
  private String name;

  @Column(name = "KEY_PREFIX", length = 12, nullable = false, unique = true)
  private String keyPrefix;

  @Column(name = "KEY_HASH", length = 64, nullable = false)
  private String keyHash;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  protected ApiClient() {}

  private ApiClient(long gemeenteId, String name, String keyPrefix, String keyHash, Instant now) {
    this.gemeenteId = gemeenteId;
    this.name = Checks.required("name", name, 80);
    this.keyPrefix = keyPrefix;
    this.keyHash = keyHash;
    this.createdAt = Objects.requireNonNull(now);
  }

  /** A new client and its key, which the caller must show once and never store. */
  public static Issued issue(long gemeenteId, String name, Instant now) {
    String prefix = random(6).replace('-', 'x').replace('_', 'y');
    String key = "skk_" + prefix + "_" + random(32);
    return new Issued(new ApiClient(gemeenteId, name, prefix, hash(key), now), key);
  }

  /** A client just made, with its key. */
  public record Issued(ApiClient client, String key) {}

  /** The prefix of a key as sent by a client, or {@code null} when it is not one of ours. */
  public static String prefixOf(String key) {
    if (key == null || !key.startsWith("skk_") || key.length() != 4 + 8 + 1 + 43) {
      return null;
    }
    return key.substring(4, 12);
  }

  public boolean accepts(String key) {
    return revokedAt == null
        && MessageDigest.isEqual(
            keyHash.getBytes(StandardCharsets.US_ASCII),
            hash(key).getBytes(StandardCharsets.US_ASCII));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String principalName() {
    return PRINCIPAL_PREFIX + id;
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public long gemeenteId() {
    return gemeenteId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
