package nl.spreekkamer.platform.errors;

/** Input that breaks a validation rule (HTTP 400). */
public class InvalidInputException extends DomainException {
  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
