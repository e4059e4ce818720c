package nl.spreekkamer.platform.errors;

import java.util.List;

/**
 * An RFC 9457 problem body: what went wrong in the user's language, and for invalid input the
 * fields concerned.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field and why. */
  public record FieldError(String field, String message) {}
}
