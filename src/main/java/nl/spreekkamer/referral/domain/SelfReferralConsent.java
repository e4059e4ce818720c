package nl.spreekkamer.referral.domain;

import java.util.Objects;

/**
 * The consent text an intake worker reads out to a patient who calls with their card code (in Dutch
 * and English), with its version; distinct from the text printed on the card, which speaks of the
 * practice passing data on.
 */
public record SelfReferralConsent(ConsentText text) {
  public SelfReferralConsent {
    Objects.requireNonNull(text);
  }

  public String version() {
    return text.version();
  }
}
