package nl.spreekkamer.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;

/**
 * Beheer sees what the outbox holds (waiting, sent, failed) and puts a failed mail back in line.
 * The bodies are not shown: a password-reset mail holds a working link until it is sent.
 */
@Stateless
@RolesAllowed(Roles.BEHEER)
public class OutboxService {
  @Inject OutboxStore store;
  @Inject Clock clock;

  /** One mail as beheer sees it: where it goes and how it fares, not what it says. */
  public record MailView(
      long id,
      String kind,
      String recipient,
      String language,
      String subject,
      OutboxMail.Status status,
      Instant createdAt,
      int attempts,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {
    static MailView of(OutboxMail m) {
      return new MailView(
          m.id(),
          m.kind(),
          m.recipient(),
          m.language(),
          m.subject(),
          m.status(),
          m.createdAt(),
          m.attempts(),
          m.status() == OutboxMail.Status.WAITING ? m.nextAttemptAt() : null,
          m.sentAt(),
          m.lastError());
    }
  }

  /** The counts per status and one page of the newest mails of {@code status} (or all). */
  public record Overview(Map<OutboxMail.Status, Long> counts, Page<MailView> mails) {}

  public Overview overview(OutboxMail.Status status, Integer first, Integer max) {
    int[] bounds = Page.bounds(first, max);
    Map<OutboxMail.Status, Long> counts = store.counts();
    long total =
        status == null
            ? counts.values().stream().mapToLong(Long::longValue).sum()
            : counts.get(status);
    List<MailView> items =
        store.newest(status, bounds[0], bounds[1]).stream().map(MailView::of).toList();
    return new Overview(counts, new Page<>(items, total, bounds[0], bounds[1]));
  }

  /** Tries a failed mail again from the start; a mail that is not failed is a conflict. */
  public MailView retry(long id) {
    OutboxMail mail = store.find(id);
    if (mail == null) {
      throw new ResourceNotFoundException("notFound.mail", id);
    }
    if (!store.retry(id, clock.instant())) {
      throw new ConflictException(null, "mail.retry.notFailed");
    }
    return MailView.of(store.find(id));
  }
}
