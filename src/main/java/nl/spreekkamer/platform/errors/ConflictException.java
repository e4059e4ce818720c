package nl.spreekkamer.platform.errors;

/** The request conflicts with the current state, e.g. a duplicate or a stale version (HTTP 409). */
public class ConflictException extends DomainException {
  public ConflictException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
