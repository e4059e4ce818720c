package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.spreekkamer.platform.RandomCodes;
import nl.spreekkamer.platform.persistence.InstantConverter;

/**
 * A practice's waiting-room screen: the unguessable token in its address {@code /scherm/{token}},
 * which plays the animation without a login. A new token makes the old address stop working.
 */
@Entity
@Table(name = "SCREEN")
public class Screen {
  /** 26 Crockford characters: 130 bits, not guessable. */
  static final int TOKEN_LENGTH = 26;

  @Id
  @Column(name = "PRAKTIJK_ID")
  private long praktijkId;

  @Version private long version;

  @Column(name = "TOKEN", length = 40, nullable = false, unique = true)
  private String token;

  @Column(name = "ISSUED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant issuedAt;

  protected Screen() {}

  public Screen(long praktijkId, Instant at) {
    this.praktijkId = praktijkId;
    renew(at);
  }

  /** A fresh token; the old address no longer plays. */
  public void renew(Instant at) {
    token = RandomCodes.plain(TOKEN_LENGTH).toLowerCase(java.util.Locale.ROOT);
    issuedAt = at;
  }

  /** Whether the text could be a token at all (checked before the database is asked). */
  public static boolean looksLikeToken(String text) {
    return text != null && text.matches("[0-9a-hjkmnp-tv-z]{" + TOKEN_LENGTH + "}");
  }

  public long praktijkId() {
    return praktijkId;
  }

  public String token() {
    return token;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
