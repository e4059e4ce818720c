package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteContact;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.mail.Outbox;
import nl.spreekkamer.platform.scheduling.RemindersDue;
import nl.spreekkamer.platform.web.OutsideRequestAddress;

/**
 * Once a week, tells each coordinator which practices have no contact at the gemeente, one not
 * confirmed for three months, or one whose account was switched off. Nothing when all is well.
 */
@Stateless
@PermitAll
public class ContactReminders {
  /** Practices named in one mail; the page lists them all. */
  static final int NAMED = 30;

  @Inject GemeenteRepository gemeenten;
  @Inject PraktijkRepository praktijken;
  @Inject AccountRepository accounts;
  @Inject MailRecipients recipients;
  @Inject Outbox outbox;
  @Inject OutsideRequestAddress links;

  public void onRemindersDue(@Observes RemindersDue due) {
    due.count(remind(due.today()));
  }

  /** Posts this week's mails on {@code today}; answers how many were posted. */
  public int remind(LocalDate today) {
    String week =
        today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int posted = 0;
    for (Gemeente gemeente : gemeenten.findAll()) {
      List<String> attention =
          praktijken.findByGemeente(gemeente.id()).stream()
              .filter(p -> needsAttention(p, today))
              .map(Praktijk::name)
              .sorted()
              .toList();
      if (attention.isEmpty()) {
        continue;
      }
      for (MailRecipients.Recipient r :
          recipients.ofGemeente(gemeente.id(), MailTopic.CONTACT_CHECK)) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("name", r.displayName());
        scope.put("count", attention.size());
        scope.put("practices", attention.stream().limit(NAMED).toList());
        scope.put("more", attention.size() > NAMED ? attention.size() - NAMED : null);
        scope.put("link", links.base() + "/gemeente/contacten.xhtml");
        scope.put("settings", links.base() + "/profiel.xhtml#mail");
        String key = "contacts:" + gemeente.id() + ":" + week + ":" + r.accountId();
        posted += outbox.postOnce(key, "contact-check", r.email(), r.locale(), scope) ? 1 : 0;
      }
    }
    return posted;
  }

  private boolean needsAttention(Praktijk p, LocalDate today) {
    GemeenteContact c = p.contact().orElse(null);
    if (c == null || c.unverified(today)) {
      return true;
    }
    return c.accountId() != null
        && accounts.find(c.accountId()).map(a -> !a.isActive()).orElse(true);
  }
}
