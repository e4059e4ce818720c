package nl.spreekkamer.platform.security;

/** Why the last login on this request failed; kept as a request attribute for the login page. */
public enum LoginFailure {
  INVALID,
  /** Too many failures in a row: the attempt was not checked; see {@link #RETRY_AFTER}. */
  THROTTLED;

  public static final String REQUEST_ATTRIBUTE = LoginFailure.class.getName();

  /** Request attribute: the seconds to wait (a {@link Long}) when {@link #THROTTLED}. */
  public static final String RETRY_AFTER = LoginFailure.class.getName() + ".retryAfter";
}
