package nl.spreekkamer.platform.security;

/** Why the last login on this request failed; kept as a request attribute for the login page. */
public enum LoginFailure {
  INVALID,
  LOCKED;

  public static final String REQUEST_ATTRIBUTE = LoginFailure.class.getName();
}
