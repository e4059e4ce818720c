package nl.spreekkamer.referral.domain;

/** What a contact attempt gave. */
public enum ContactResult {
  REACHED,
  NO_ANSWER,
  VOICEMAIL_LEFT,
  WRONG_NUMBER,
  MESSAGE_SENT
}
