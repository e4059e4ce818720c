package nl.spreekkamer.platform.errors;

import java.util.List;
import java.util.Locale;
import nl.spreekkamer.platform.i18n.Messages;

/** Builds localised {@link Problem}s from message keys and domain exceptions. */
public final class ProblemFactory {
  private ProblemFactory() {}

  public static Problem of(Locale locale, int status, String messageKey, Object... arguments) {
    return new Problem(
        "about:blank",
        Messages.get(locale, "problem.title." + status),
        status,
        Messages.get(locale, messageKey, arguments),
        List.of());
  }

  public static Problem of(Locale locale, int status, DomainException e) {
    String message = Messages.get(locale, e.messageKey(), e.arguments());
    List<? extends DomainException> each =
        e instanceof Violations.InvalidInputs several ? several.each() : List.of(e);
    List<Problem.FieldError> errors =
        each.stream()
            .filter(one -> one.field() != null)
            .map(
                one ->
                    new Problem.FieldError(
                        one.field(), Messages.get(locale, one.messageKey(), one.arguments())))
            .toList();
    return new Problem(
        "about:blank", Messages.get(locale, "problem.title." + status), status, message, errors);
  }
}
