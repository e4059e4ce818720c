package nl.spreekkamer.accreditation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.BigNumber;
import nl.spreekkamer.organisation.domain.Membership;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.testing.Organisations;
import org.junit.jupiter.api.Test;

/** Who earns points where: by profession, and for nurses by the register their number is in. */
class RegistryTest {
  static final Praktijk PRAKTIJK = Organisations.deLinde(Organisations.lindewaard());

  static Account person(Role role) {
    return new Account(
        "p-" + role.name().toLowerCase(),
        "Test",
        "t@example.nl",
        "hash",
        Membership.ofPraktijk(PRAKTIJK, Set.of(role)));
  }

  @Test
  void aNurseInTheNvvpoRegisterEarnsPointsThereOnly() {
    Account poh = person(Role.POH);
    poh.changeRegistrations(new BigNumber("92279180530"), "NVVPO-1234", PeRegister.NVVPO, null);
    assertThat(Registry.NVVPO.appliesTo(poh)).isTrue();
    assertThat(Registry.KWALITEITSREGISTER_VV.appliesTo(poh)).isFalse();
    assertThat(Registry.ABC1.appliesTo(poh)).as("not a GP").isFalse();
    assertThat(Registry.NVVPO.registrationNumber(poh)).isEqualTo("NVVPO-1234");
    assertThat(Registry.KWALITEITSREGISTER_VV.registrationNumber(poh)).isNull();
  }

  @Test
  void aNurseWhoDidNotSayWhichRegisterEarnsInBothAndTheRegistrySorts() {
    Account poh = person(Role.POH);
    poh.changeRegistrations(null, "123456", null, null);
    assertThat(Registry.NVVPO.appliesTo(poh)).isTrue();
    assertThat(Registry.KWALITEITSREGISTER_VV.appliesTo(poh)).isTrue();
  }

  @Test
  void withoutANumberTheRegisterChoiceIsDropped() {
    Account poh = person(Role.POH);
    poh.changeRegistrations(null, null, PeRegister.VV, null);
    assertThat(poh.peRegister()).isNull();
  }

  @Test
  void gpsInAbc1AssistantsInKabiz() {
    Account gp = person(Role.HUISARTS);
    gp.changeRegistrations(new BigNumber("13307924401"), null, null, null);
    assertThat(Registry.ABC1.appliesTo(gp)).isTrue();
    assertThat(Registry.ABC1.registrationNumber(gp)).isEqualTo("13307924401");
    Account assistant = person(Role.ASSISTENT);
    assistant.changeRegistrations(null, null, null, "304127");
    assertThat(Registry.KABIZ.appliesTo(assistant)).isTrue();
    assertThat(Registry.KABIZ.registrationNumber(assistant)).isEqualTo("304127");
    assertThat(Registry.NVVPO.appliesTo(assistant)).isFalse();
  }
}
