package nl.spreekkamer.platform.errors;

/** The version a client named ({@code If-Match}) is no longer the current one (HTTP 412). */
public class PreconditionFailedException extends DomainException {
  public PreconditionFailedException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
