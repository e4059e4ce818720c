package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.application.MailRecipients;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.mail.Outbox;
import nl.spreekkamer.platform.web.PublicAddress;
import nl.spreekkamer.referral.application.ReferralReceived;

/**
 * Tells the gemeente's intake team at once of a new urgent referral (eviction, energy or water cut
 * off, garnishment), by a mail posted in the transaction that stored it; each person can turn it
 * off in their profile. The mail names the reference and the signals, never the patient.
 */
@ApplicationScoped
public class IntakeTeamMailer {
  @Inject Outbox outbox;
  @Inject MailRecipients recipients;
  @Inject PublicAddress address;

  void post(@Observes ReferralReceived referral) {
    if (referral.urgency().isEmpty()) {
      return;
    }
    String link = address.base() + "/intake/verwijzing.xhtml?id=" + referral.referralId();
    for (MailRecipients.Recipient r :
        recipients.ofGemeente(referral.gemeenteId(), MailTopic.URGENT_REFERRAL)) {
      String signals =
          referral.urgency().stream()
              .map(s -> Messages.get(r.locale(), "card.urgency." + s.name()))
              .collect(Collectors.joining(", "));
      outbox.post(
          "urgent-referral",
          r.email(),
          r.locale(),
          Map.of(
              "name",
              r.displayName(),
              "reference",
              referral.reference(),
              "signals",
              signals,
              "link",
              link,
              "settings",
              address.base() + "/profiel.xhtml#mail"));
    }
  }
}
