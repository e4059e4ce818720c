package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.GemeenteContact;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.security.Roles;

/**
 * The coordinator names a stable contact at the gemeente for each of its practices (one person may
 * serve several) and confirms it now and then; a contact unconfirmed for three months, or whose
 * account was deactivated, is brought to the coordinator's attention.
 */
@Stateless
@RolesAllowed(Roles.GEMEENTE_COORDINATOR)
public class PracticeContactService {
  @Inject PraktijkRepository praktijken;
  @Inject AccountRepository accounts;
  @Inject Caller caller;
  @Inject Clock clock;

  /** One practice of the gemeente with its contact and what needs attention. */
  public record ContactRow(
      long praktijkId,
      String praktijk,
      long version,
      PraktijkView.ContactView contact,
      boolean unverified,
      boolean accountGone,
      boolean needsAttention,
      Long accountId) {
    ContactRow(
        long praktijkId,
        String praktijk,
        long version,
        PraktijkView.ContactView contact,
        boolean unverified,
        boolean accountGone,
        Long accountId) {
      this(
          praktijkId,
          praktijk,
          version,
          contact,
          unverified,
          accountGone,
          contact == null || unverified || accountGone,
          accountId);
    }
  }

  /** A gemeente colleague who can be named as a contact. */
  public record Colleague(long id, String name, String email) {}

  public List<ContactRow> ofOwnGemeente() {
    LocalDate today = LocalDate.now(clock);
    return praktijken.findByGemeente(caller.gemeenteId()).stream().map(p -> row(p, today)).toList();
  }

  /** How many practices have no contact, an unconfirmed one, or one whose account is gone. */
  public long needingAttention() {
    return ofOwnGemeente().stream().filter(ContactRow::needsAttention).count();
  }

  public List<Colleague> colleagues() {
    return accounts.findByGemeente(caller.gemeenteId()).stream()
        .filter(Account::isActive)
        .map(a -> new Colleague(a.id(), a.displayName(), a.email()))
        .toList();
  }

  public PraktijkView assign(long praktijkId, ContactData data) {
    Checks.body(data);
    Praktijk praktijk = own(praktijkId);
    Versions.require(data.version(), praktijk.version());
    String name = data.name();
    String email = data.email();
    if (data.accountId() != null) {
      Account account =
          accounts
              .find(data.accountId())
              .filter(Account::isActive)
              .filter(a -> a.gemeente() != null && a.gemeente().id().equals(caller.gemeenteId()))
              .orElseThrow(
                  () -> new InvalidInputException("accountId", "validation.contact.account"));
      name = blank(name) ? account.displayName() : name;
      email = blank(email) ? account.email() : email;
    }
    praktijk.assignContact(
        new GemeenteContact(
            name, data.role(), data.phone(), email, data.accountId(), LocalDate.now(clock)));
    praktijken.flush();
    return PraktijkView.of(praktijk);
  }

  public PraktijkView verify(long praktijkId, Long version) {
    Praktijk praktijk = own(praktijkId);
    Versions.require(version, praktijk.version());
    praktijk.verifyContact(LocalDate.now(clock));
    praktijken.flush();
    return PraktijkView.of(praktijk);
  }

  private ContactRow row(Praktijk p, LocalDate today) {
    GemeenteContact c = p.contact().orElse(null);
    boolean gone =
        c != null
            && c.accountId() != null
            && accounts.find(c.accountId()).map(a -> !a.isActive()).orElse(true);
    return new ContactRow(
        p.id(),
        p.name(),
        p.version(),
        c == null ? null : PraktijkView.ContactView.of(c),
        c != null && c.unverified(today),
        gone,
        c == null ? null : c.accountId());
  }

  private Praktijk own(long praktijkId) {
    return praktijken
        .find(praktijkId)
        .filter(p -> p.gemeente().id().equals(caller.gemeenteId()))
        .orElseThrow(() -> new ResourceNotFoundException("notFound.praktijk", praktijkId));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
