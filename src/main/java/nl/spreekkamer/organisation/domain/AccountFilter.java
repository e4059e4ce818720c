package nl.spreekkamer.organisation.domain;

/**
 * Which accounts beheer looks at: all of them, active ones whose owner has never logged in (the
 * one-time password may not have arrived), or active ones with {@value #FAILED_LOGINS_THRESHOLD} or
 * more failed logins since the last good one (forgotten password, or someone guessing).
 */
public enum AccountFilter {
  ALL,
  NEVER_LOGGED_IN,
  FAILED_LOGINS;

  public static final int FAILED_LOGINS_THRESHOLD = 5;
}
