package nl.spreekkamer.platform.errors;

/** Too many failed attempts in a row: try again after the wait (HTTP 429 with Retry-After). */
public class TooManyAttemptsException extends DomainException {
  private final long retryAfterSeconds;

  public TooManyAttemptsException(String field, long retryAfterSeconds) {
    super(field, "error.tooManyAttempts", retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
