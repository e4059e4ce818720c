package nl.spreekkamer.referral.domain;

/** How the meldpunt tried to reach the patient. */
public enum ContactChannel {
  PHONE,
  SMS,
  EMAIL,
  LETTER,
  HOME_VISIT
}
