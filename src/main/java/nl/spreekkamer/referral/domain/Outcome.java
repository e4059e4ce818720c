package nl.spreekkamer.referral.domain;

/** How a referral ended. */
public enum Outcome {
  HELP_PROGRAMME_STARTED,
  REFERRED_TO_OTHER_HELP,
  NO_HELP_NEEDED,
  DECLINED,
  NOT_REACHED,
  MOVED_AWAY
}
