package nl.spreekkamer.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused a request. Carries a message key from the {@code messages} bundle so that
 * the API and the pages can show it in the user's language, and optionally the field it is about.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {
  private final String messageKey;
  private final String field;
  private final transient Object[] arguments;

  protected DomainException(String field, String messageKey, Object... arguments) {
    super(messageKey + (field == null ? "" : " (" + field + ")"));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The input field this is about, or {@code null} when it concerns the request as a whole. */
  public String field() {
    return field;
  }

  public Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
