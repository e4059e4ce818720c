package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.platform.security.Role;

/**
 * Who gets an optional mail: the active people with an address whose roles it concerns and who did
 * not turn it off in their profile. Asked by the features' mailers and scheduled jobs on the
 * server, never by an endpoint; it answers addresses only for the gemeente or practice it is given.
 */
@Stateless
@PermitAll
public class MailRecipients {
  @Inject AccountRepository accounts;

  /** A person to mail: where, in which language, and how to greet them. */
  public record Recipient(long accountId, String email, Locale locale, String displayName) {
    static Recipient of(Account a) {
      return new Recipient(a.id(), a.email(), a.mailLocale(), a.displayName());
    }
  }

  /** The gemeente's staff whom {@code topic} concerns and who want it. */
  public List<Recipient> ofGemeente(long gemeenteId, MailTopic topic) {
    return accounts.findByGemeente(gemeenteId).stream()
        .filter(a -> a.wantsMail(topic))
        .map(Recipient::of)
        .toList();
  }

  /**
   * The managers of the practice that {@code accountId} works in who want mail on {@code topic},
   * that person left out.
   */
  public List<Recipient> managersOf(long accountId, MailTopic topic) {
    return accounts
        .find(accountId)
        .filter(a -> a.praktijk() != null)
        .map(
            a ->
                accounts.findByPraktijk(a.praktijk().id()).stream()
                    .filter(
                        m ->
                            m.id() != accountId
                                && m.hasRole(Role.PRAKTIJKMANAGER)
                                && m.wantsMail(topic))
                    .map(Recipient::of)
                    .toList())
        .orElse(List.of());
  }

  /** One person, if they want mail on {@code topic}. */
  public Optional<Recipient> account(long accountId, MailTopic topic) {
    return accounts.find(accountId).filter(a -> a.wantsMail(topic)).map(Recipient::of);
  }
}
