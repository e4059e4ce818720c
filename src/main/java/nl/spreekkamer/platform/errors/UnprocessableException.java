package nl.spreekkamer.platform.errors;

/** Well-formed input that asks for something this server does not do (HTTP 422). */
public class UnprocessableException extends DomainException {
  public UnprocessableException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
