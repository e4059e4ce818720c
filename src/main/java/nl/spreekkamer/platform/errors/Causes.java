package nl.spreekkamer.platform.errors;

import java.util.Optional;
import java.util.function.Predicate;

/** Looks through the wrappers (EJB, transaction, JPA, JSON-B) around an exception. */
public final class Causes {
  /** Deeper than any wrapping seen in practice; guards against cause cycles. */
  static final int MAX_DEPTH = 20;

  private Causes() {}

  /** The outermost exception in the cause chain of {@code thrown} that matches. */
  public static Optional<Throwable> first(Throwable thrown, Predicate<Throwable> matches) {
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (matches.test(current)) {
        return Optional.of(current);
      }
      current = current.getCause();
    }
    return Optional.empty();
  }
}
