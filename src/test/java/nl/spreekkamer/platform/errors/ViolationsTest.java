package nl.spreekkamer.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void nothingRefusedThrowsNothingAndKeepsTheValues() {
    Violations violations = new Violations();
    assertThat(violations.check(() -> Checks.required("name", "Lindewaard", 80)))
        .isEqualTo("Lindewaard");
    violations.throwIfAny();
    assertThat(violations.count()).isZero();
  }

  @Test
  void oneRefusalIsThrownAsItself() {
    Violations violations = new Violations();
    assertThat(violations.check(() -> Checks.email("email", "geen-adres"))).isNull();
    assertThatThrownBy(violations::throwIfAny)
        .isExactlyInstanceOf(InvalidInputException.class)
        .extracting(e -> ((DomainException) e).field())
        .isEqualTo("email");
  }

  @Test
  void everyRefusalIsReportedInTheOrderOfTheChecks() {
    Violations violations = new Violations();
    violations.check(() -> Checks.required("name", " ", 80));
    violations.check(() -> Checks.required("city", "Zandmere", 80));
    violations.check(() -> Checks.email("email", "geen-adres"));
    violations.refuse("roles", "validation.roles.empty");
    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOfSatisfying(
            Violations.InvalidInputs.class,
            several -> {
              assertThat(several.each())
                  .extracting(DomainException::field)
                  .containsExactly("name", "email", "roles");
              assertThat(several.field()).isEqualTo("name");
              assertThat(several.messageKey()).isEqualTo("validation.required");
            });
  }

  @Test
  void aProblemListsEveryRefusedField() {
    Violations violations = new Violations();
    violations.check(() -> Checks.required("name", "", 80));
    violations.check(() -> Checks.email("email", "x"));
    try {
      violations.throwIfAny();
    } catch (InvalidInputException e) {
      Problem problem = ProblemFactory.of(java.util.Locale.forLanguageTag("nl"), 400, e);
      assertThat(problem.errors())
          .extracting(Problem.FieldError::field)
          .containsExactly("name", "email");
      assertThat(problem.errors().get(1).message()).contains("e-mailadres");
      return;
    }
    throw new AssertionError("two refusals were not thrown");
  }
}
