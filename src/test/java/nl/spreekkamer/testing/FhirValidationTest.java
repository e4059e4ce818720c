package nl.spreekkamer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator the FHIR tests rely on finds what the specification forbids. */
class FhirValidationTest {

  @Test
  void aTaskWithoutItsRequiredStatusAndWithAWrongCodeIsRefused() {
    String task = "{\"resourceType\":\"Task\",\"intent\":\"order\",\"priority\":\"soon\"}";
    assertThat(FhirValidation.errors(task))
        .anyMatch(e -> e.contains("Task.status"))
        .anyMatch(e -> e.contains("soon"));
  }

  @Test
  void aMinimalValidTaskHasNoErrors() {
    String task = "{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\"}";
    assertThat(FhirValidation.errors(task)).isEmpty();
  }
}
