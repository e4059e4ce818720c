package nl.spreekkamer.platform.errors;

/** A request body larger than the API accepts (HTTP 413). */
public class PayloadTooLargeException extends DomainException {
  public PayloadTooLargeException(long maxBytes) {
    super(null, "error.tooLarge", maxBytes / 1024);
  }
}
