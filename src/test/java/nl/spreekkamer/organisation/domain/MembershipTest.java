package nl.spreekkamer.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.testing.Organisations;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private final Gemeente gemeente = Organisations.lindewaard();
  private final Praktijk praktijk = Organisations.deLinde(gemeente);

  @Test
  void practiceRolesBelongToAPractice() {
    Membership m = new Membership(Set.of(Role.HUISARTS, Role.PRAKTIJKMANAGER), praktijk, gemeente);
    assertThat(m.praktijk()).isSameAs(praktijk);
    assertThat(m.gemeente()).as("a practice member is not a gemeente member").isNull();
    assertThatThrownBy(() -> new Membership(Set.of(Role.POH), null, gemeente))
        .hasFieldOrPropertyWithValue("messageKey", "validation.membership.praktijk");
  }

  @Test
  void municipalRolesBelongToAGemeente() {
    assertThat(Membership.ofGemeente(gemeente, Set.of(Role.GEMEENTE_INTAKE)).gemeente())
        .isSameAs(gemeente);
    assertThatThrownBy(() -> new Membership(Set.of(Role.GEMEENTE_COORDINATOR), praktijk, null))
        .hasFieldOrPropertyWithValue("messageKey", "validation.membership.gemeente");
  }

  @Test
  void platformRolesBelongToNeither() {
    Membership m = new Membership(Set.of(Role.BEHEER), praktijk, gemeente);
    assertThat(m.praktijk()).isNull();
    assertThat(m.gemeente()).isNull();
  }

  @Test
  void rolesOfDifferentKindsDoNotMixAndAtLeastOneIsNeeded() {
    assertThatThrownBy(
            () -> new Membership(Set.of(Role.HUISARTS, Role.GEMEENTE_INTAKE), praktijk, gemeente))
        .hasFieldOrPropertyWithValue("messageKey", "validation.roles.mixed");
    assertThatThrownBy(() -> new Membership(Set.of(), praktijk, null))
        .hasFieldOrPropertyWithValue("messageKey", "validation.roles.empty");
  }

  @Test
  void accountUsernamesAreNormalisedAndChecked() {
    assertThat(Account.normaliseUsername(" J.deVries ")).isEqualTo("j.devries");
    assertThatThrownBy(() -> Account.normaliseUsername("jan de vries"))
        .hasFieldOrPropertyWithValue("messageKey", "validation.username");
  }

  @Test
  void aGemeenteOffersAtLeastOneLocationAndTheRegularNormIsNotShorterThanTheUrgentOne() {
    assertThatThrownBy(() -> gemeente.offerLocations(java.util.List.of()))
        .hasFieldOrPropertyWithValue("messageKey", "validation.locations.empty");
    assertThatThrownBy(() -> new ResponseNorm(5, 3))
        .hasFieldOrPropertyWithValue("messageKey", "validation.norm.order");
    assertThat(gemeente.responseNorm().urgentWorkingDays()).isEqualTo(3);
    assertThat(gemeente.responseNorm().regularWorkingDays()).isEqualTo(20);
  }

  @Test
  void twoFactorLoginIsDueForEveryRoleThatSeesPatientDataWhenRequired() {
    Account assistant =
        new Account(
            "m.jansen",
            "Marieke Jansen",
            "m.jansen@delinde.example",
            "hash",
            Membership.ofPraktijk(praktijk, Set.of(Role.ASSISTENT)));
    Account editor =
        new Account(
            "r.redactie",
            "Rik Redactie",
            "r@spreekkamer.example",
            "hash",
            Membership.ofPlatform(Set.of(Role.REDACTIE)));
    assertThat(assistant.mustEnrolTwoFactor(true)).isTrue();
    assertThat(assistant.mustEnrolTwoFactor(false)).as("not required").isFalse();
    assertThat(editor.mustEnrolTwoFactor(true)).as("redactie sees no patient data").isFalse();
    assistant.beginTwoFactor("JBSWY3DPEHPK3PXP");
    assertThat(assistant.mustEnrolTwoFactor(true)).as("started, not confirmed").isTrue();
    assistant.confirmTwoFactor(1, Set.of("h"));
    assertThat(assistant.mustEnrolTwoFactor(true)).isFalse();
  }
}
