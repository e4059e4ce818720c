package nl.spreekkamer.accreditation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.accreditation.domain.Certificate;
import nl.spreekkamer.accreditation.domain.CertificateRepository;
import nl.spreekkamer.organisation.application.MailRecipients;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.platform.mail.Outbox;
import nl.spreekkamer.platform.scheduling.RemindersDue;
import nl.spreekkamer.platform.web.OutsideRequestAddress;

/**
 * Reminds an employee, and the managers of their practice, that a certificate expires: once when 90
 * days are left and once when 30 are, unless the module was completed again meanwhile. Run by the
 * {@code ReminderJob}; each reminder is posted once (its outbox key).
 */
@Stateless
@PermitAll
public class ExpiryReminders {
  static final int FIRST = 90;
  static final int SECOND = 30;
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject CertificateRepository certificates;
  @Inject MailRecipients recipients;
  @Inject Outbox outbox;
  @Inject OutsideRequestAddress links;

  /** The day's reminders are due: posts them. */
  public void onRemindersDue(@Observes RemindersDue due) {
    due.count(remind(due.today()));
  }

  /** Posts the reminders due on {@code today}; answers how many were posted. */
  public int remind(LocalDate today) {
    int posted = 0;
    for (Certificate c : certificates.expiringBetween(today, today.plusDays(FIRST))) {
      if (renewed(c)) {
        continue;
      }
      long left = ChronoUnit.DAYS.between(today, c.expiresOn());
      int step = left <= SECOND ? SECOND : FIRST;
      String key = "certificate-" + step + ":" + c.code() + ":";
      for (MailRecipients.Recipient r :
          recipients.account(c.accountId(), MailTopic.ACCREDITATION_EXPIRY).stream().toList()) {
        posted += post(key, "certificate-expiry", r, c, left) ? 1 : 0;
      }
      for (MailRecipients.Recipient r :
          recipients.managersOf(c.accountId(), MailTopic.ACCREDITATION_EXPIRY)) {
        posted += post(key, "team-certificate-expiry", r, c, left) ? 1 : 0;
      }
    }
    return posted;
  }

  private boolean post(
      String key, String kind, MailRecipients.Recipient r, Certificate c, long left) {
    boolean english = "en".equals(r.locale().getLanguage());
    Map<String, Object> scope = new HashMap<>();
    scope.put("name", r.displayName());
    scope.put("learner", c.learnerName());
    scope.put("module", c.moduleTitle());
    scope.put("expiresOn", (english ? ENGLISH_DATE : DUTCH_DATE).format(c.expiresOn()));
    scope.put("days", left);
    scope.put("link", links.base() + "/leren/module.xhtml?id=" + c.moduleId());
    scope.put("team", links.base() + "/praktijk/scholing.xhtml");
    scope.put("settings", links.base() + "/profiel.xhtml#mail");
    return outbox.postOnce(key + r.accountId(), kind, r.email(), r.locale(), scope);
  }

  /** Whether the same person has a certificate of the same module that lasts longer. */
  private boolean renewed(Certificate c) {
    List<Certificate> own = certificates.ofAccounts(List.of(c.accountId()));
    return own.stream()
        .anyMatch(o -> o.moduleId().equals(c.moduleId()) && o.expiresOn().isAfter(c.expiresOn()));
  }
}
