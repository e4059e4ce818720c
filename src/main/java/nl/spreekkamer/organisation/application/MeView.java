package nl.spreekkamer.organisation.application;

import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.security.Role;

/**
 * The logged-in user: who they are, their roles, their practice and the gemeente whose meldpunt
 * they work with (for practice staff, the practice's gemeente). A gemeente's case system with an
 * API key is {@code system}: no roles of a person, its key's name, and its gemeente.
 */
public record MeView(
    long id,
    long version,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Ref practice,
    GemeenteSummary gemeente,
    String bigNumber,
    String registerNumber,
    String peRegister,
    String kabizNumber,
    boolean mustChangePassword,
    boolean system) {

  /** A gemeente with the meldpunt contact details that go on cards and posters. */
  public record GemeenteSummary(
      long id, String name, String phone, String email, MeldpuntData meldpunt) {
    static GemeenteSummary of(Gemeente g) {
      MeldpuntData meldpunt = MeldpuntData.of(g.meldpunt());
      return new GemeenteSummary(g.id(), g.name(), meldpunt.phone(), meldpunt.email(), meldpunt);
    }
  }

  static MeView of(Account account, AccountView view) {
    Gemeente gemeente = ProfileService.gemeenteOf(account);
    return new MeView(
        view.id(),
        view.version(),
        view.username(),
        view.displayName(),
        view.email(),
        view.roles(),
        view.praktijk(),
        gemeente == null ? null : GemeenteSummary.of(gemeente),
        view.bigNumber(),
        view.registerNumber(),
        view.peRegister(),
        view.kabizNumber(),
        account.mustChangePassword(),
        false);
  }

  static MeView ofSystem(String username, String keyName, Gemeente gemeente) {
    return new MeView(
        0,
        0,
        username,
        keyName,
        null,
        Set.of(),
        null,
        GemeenteSummary.of(gemeente),
        null,
        null,
        null,
        null,
        false,
        true);
  }
}
