package nl.spreekkamer.referral.domain;

/** How the patient wants to be reached, or that they will contact the meldpunt themselves. */
public enum ContactPreference {
  PHONE,
  EMAIL,
  LETTER,
  PATIENT_CONTACTS
}
