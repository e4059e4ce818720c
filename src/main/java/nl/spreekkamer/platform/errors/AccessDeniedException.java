package nl.spreekkamer.platform.errors;

/** The user is logged in but may not touch this data, e.g. another practice's team (HTTP 403). */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException() {
    super(null, "error.forbidden");
  }

  /** Refused for the reason this message gives. */
  public AccessDeniedException(String messageKey) {
    super(null, messageKey);
  }
}
