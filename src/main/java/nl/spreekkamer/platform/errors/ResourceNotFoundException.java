package nl.spreekkamer.platform.errors;

/** The requested thing does not exist, or is not visible to this user (HTTP 404). */
public class ResourceNotFoundException extends DomainException {
  public ResourceNotFoundException(String messageKey, Object... arguments) {
    super(null, messageKey, arguments);
  }
}
