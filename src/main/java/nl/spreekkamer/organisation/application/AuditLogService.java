package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountEventRepository;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;

/** Beheer reads who did what to accounts and API keys, newest first. */
@Stateless
@RolesAllowed(Roles.BEHEER)
public class AuditLogService {
  @Inject AccountEventRepository events;

  /** One event as beheer reads it. */
  public record AccountEventView(
      Instant at,
      String actor,
      AccountEvent.Kind event,
      AccountEvent.Subject subjectKind,
      long subjectId,
      String subject) {
    static AccountEventView of(AccountEvent e) {
      return new AccountEventView(
          e.at(), e.actor(), e.kind(), e.subjectKind(), e.subjectId(), e.subject());
    }
  }

  public Page<AccountEventView> newest(Integer first, Integer max) {
    int[] bounds = Page.bounds(first, max);
    List<AccountEventView> items =
        events.newest(bounds[0], bounds[1]).stream().map(AccountEventView::of).toList();
    return new Page<>(items, events.count(), bounds[0], bounds[1]);
  }

  /** The events about one account. */
  public List<AccountEventView> aboutAccount(long accountId) {
    return events.about(AccountEvent.Subject.ACCOUNT, accountId).stream()
        .map(AccountEventView::of)
        .toList();
  }
}
