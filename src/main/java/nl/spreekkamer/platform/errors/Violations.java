package nl.spreekkamer.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the independent checks of one input and reports every one that fails at once, so a person
 * sees all that is wrong with a form after one save, not one field per save. The page shows each
 * message at its field ({@code FacesSupport}); the API lists them in the problem's {@code errors}.
 *
 * <pre>{@code
 * Violations violations = new Violations();
 * Membership membership = violations.check(() -> membership(data));
 * violations.check(() -> Account.checkDetails(data.displayName(), data.email()));
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {
  private final List<InvalidInputException> found = new ArrayList<>();

  /** Runs a check; a refused input is kept and {@code null} returned. */
  public <T> T check(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      found.add(e);
      return null;
    }
  }

  public void check(Runnable check) {
    check(
        () -> {
          check.run();
          return null;
        });
  }

  /** Keeps a refusal found without a check, e.g. a part of the input that is missing. */
  public void refuse(String field, String messageKey, Object... arguments) {
    found.add(new InvalidInputException(field, messageKey, arguments));
  }

  /** How many refusals were found so far. */
  public int count() {
    return found.size();
  }

  /** Throws what was found: the one refusal itself, or all of them together. */
  public void throwIfAny() {
    if (found.size() == 1) {
      throw found.get(0);
    }
    if (!found.isEmpty()) {
      throw new InvalidInputs(found);
    }
  }

  /** Several refused inputs of one request; its own field and message are the first one's. */
  public static final class InvalidInputs extends InvalidInputException {
    private final transient List<InvalidInputException> each;

    InvalidInputs(List<InvalidInputException> each) {
      super(each.get(0).field(), each.get(0).messageKey(), each.get(0).arguments());
      this.each = List.copyOf(each);
    }

    public List<InvalidInputException> each() {
      return each;
    }
  }
}
