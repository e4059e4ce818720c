package nl.spreekkamer.platform.security;

/** Why the last login on this request failed; kept as a request attribute for the login page. */
public enum LoginFailure {
  INVALID,
  /** Too many failures in a row: the attempt was not checked; see {@link #RETRY_AFTER}. */
  THROTTLED,
  /** The password was right and two-factor login is on: the code of the app comes next. */
  CODE_NEEDED,
  /** The code of the second step was not right. */
  INVALID_CODE,
  /** The second step came too late (or without a first): start again with the password. */
  EXPIRED;

  public static final String REQUEST_ATTRIBUTE = LoginFailure.class.getName();

  /** Request attribute: the seconds to wait (a {@link Long}) when {@link #THROTTLED}. */
  public static final String RETRY_AFTER = LoginFailure.class.getName() + ".retryAfter";
}
