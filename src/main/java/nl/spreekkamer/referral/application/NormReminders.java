package nl.spreekkamer.referral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.organisation.application.MailRecipients;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.platform.mail.Outbox;
import nl.spreekkamer.platform.scheduling.RemindersDue;
import nl.spreekkamer.platform.web.OutsideRequestAddress;
import nl.spreekkamer.referral.domain.QueueFilter;
import nl.spreekkamer.referral.domain.ReferralRepository;

/**
 * Tells each intake worker once a working day which referrals of the gemeente wait for first
 * contact close to or past the gemeente's norm (the "due" list of the queue), by reference code.
 * Nothing is posted when none is due. Run when {@link RemindersDue} is fired.
 */
@Stateless
@PermitAll
public class NormReminders {
  /** References named in one mail; the queue link shows them all. */
  static final int NAMED = 20;

  @Inject GemeenteRepository gemeenten;
  @Inject ReferralRepository referrals;
  @Inject MailRecipients recipients;
  @Inject Outbox outbox;
  @Inject OutsideRequestAddress links;

  /** The day's reminders are due: posts them. */
  public void onRemindersDue(@Observes RemindersDue due) {
    due.count(remind(due.today()));
  }

  /** Posts the day's mails for {@code today}; answers how many were posted. */
  public int remind(LocalDate today) {
    int posted = 0;
    for (Gemeente gemeente : gemeenten.findAll()) {
      List<MailRecipients.Recipient> team =
          recipients.ofGemeente(gemeente.id(), MailTopic.NORM_REACHED);
      if (team.isEmpty()) {
        continue;
      }
      ResponseNorm norm = gemeente.responseNorm();
      QueueFilter due =
          new QueueFilter(
              gemeente.id(),
              null,
              true,
              null,
              null,
              null,
              false,
              null,
              QueueFilter.NormDue.on(
                  today,
                  norm.urgentWorkingDays(),
                  norm.regularWorkingDays(),
                  IntakeService.DUTCH_TIME),
              QueueFilter.QueueOrder.URGENT_OLDEST_FIRST);
      long count = referrals.countQueue(due);
      if (count == 0) {
        continue;
      }
      List<String> named =
          referrals.queue(due, 0, NAMED).stream()
              .map(r -> r.reference().value() + (r.isUrgent() ? " (!)" : ""))
              .toList();
      for (MailRecipients.Recipient r : team) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("name", r.displayName());
        scope.put("count", count);
        scope.put("one", count == 1);
        scope.put("references", named);
        scope.put("more", count > named.size() ? count - named.size() : null);
        scope.put("urgentDays", norm.urgentWorkingDays());
        scope.put("regularDays", norm.regularWorkingDays());
        scope.put("link", links.base() + "/intake/index.xhtml?due=true");
        scope.put("settings", links.base() + "/profiel.xhtml#mail");
        String key = "norm:" + gemeente.id() + ":" + today + ":" + r.accountId();
        posted += outbox.postOnce(key, "norm-reached", r.email(), r.locale(), scope) ? 1 : 0;
      }
    }
    return posted;
  }
}
