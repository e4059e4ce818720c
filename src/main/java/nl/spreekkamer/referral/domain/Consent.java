package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * What the patient agreed to: sharing name, contact details and reason with the meldpunt (always,
 * or there is no referral), and optionally feedback to the practice; with the consent text version
 * read out, who recorded it and when.
 */
@Embeddable
public class Consent {
  @Column(name = "CONSENT_FEEDBACK", nullable = false)
  private boolean feedback;

  @Column(name = "CONSENT_TEXT_VERSION", length = 20, nullable = false)
  private String textVersion;

  @Column(name = "CONSENT_RECORDED_BY", nullable = false)
  private long recordedBy;

  @Column(name = "CONSENT_RECORDED_AT", nullable = false)
  private Instant recordedAt;

  protected Consent() {}

  /** Refused unless the patient agreed to share; the text version must be the current one. */
  public static Consent given(
      boolean share,
      boolean feedback,
      String textVersion,
      String currentVersion,
      long recordedBy,
      Instant at) {
    if (!share) {
      throw new InvalidInputException("consent.share", "validation.consent.share");
    }
    String version = Checks.required("consent.textVersion", textVersion, 20);
    if (!version.equals(currentVersion)) {
      throw new InvalidInputException(
          "consent.textVersion", "validation.consent.version", currentVersion);
    }
    Consent consent = new Consent();
    consent.feedback = feedback;
    consent.textVersion = version;
    consent.recordedBy = recordedBy;
    consent.recordedAt = Objects.requireNonNull(at);
    return consent;
  }

  public boolean feedback() {
    return feedback;
  }

  public String textVersion() {
    return textVersion;
  }

  public long recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
