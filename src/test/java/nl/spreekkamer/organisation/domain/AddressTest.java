package nl.spreekkamer.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.Violations;
import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void aCorrectAddressIsBuilt() {
    Violations violations = new Violations();
    Address address = Address.of(violations, "Marktplein 1", "7411 aa", "Lindewaard");
    violations.throwIfAny();
    assertThat(address.postcode().value()).isEqualTo("7411 AA");
  }

  @Test
  void everyWrongPartIsReportedAtOnce() {
    Violations violations = new Violations();
    assertThat(Address.of(violations, "", "74111", " ")).isNull();
    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOfSatisfying(
            Violations.InvalidInputs.class,
            several ->
                assertThat(several.each())
                    .extracting(DomainException::field)
                    .containsExactly("street", "postcode", "city"));
  }
}
