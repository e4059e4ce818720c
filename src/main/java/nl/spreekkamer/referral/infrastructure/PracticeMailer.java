package nl.spreekkamer.referral.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.referral.application.ReferralChanged;

/**
 * E-mails the practice's fixed address when a referral it made moves on, once the change is
 * committed. The mail names the card code, the status and the outcome, never the patient: the
 * details are in the application, behind a login. A failing mail server is logged, not fatal.
 */
@ApplicationScoped
public class PracticeMailer {
  private static final Logger LOG = Logger.getLogger(PracticeMailer.class.getName());

  @Resource(lookup = "mail/spreekkamer")
  Session mail;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralChanged change) {
    if (change.practiceEmail() == null) {
      return;
    }
    var dutch = LocaleResolver.DUTCH;
    String status = Messages.get(dutch, "referral.status." + change.status().name());
    StringBuilder body =
        new StringBuilder(Messages.get(dutch, "mail.referral.intro", change.reference()))
            .append("\n\n")
            .append(Messages.get(dutch, "intake.status"))
            .append(": ")
            .append(status)
            .append('\n');
    if (change.outcome() != null) {
      body.append(Messages.get(dutch, "referral.outcome"))
          .append(": ")
          .append(Messages.get(dutch, "referral.outcome." + change.outcome().name()))
          .append('\n');
    }
    if (change.feedbackGiven()) {
      body.append('\n').append(Messages.get(dutch, "mail.referral.feedback")).append('\n');
    }
    body.append('\n')
        .append(Messages.get(dutch, "mail.referral.link", change.link()))
        .append("\n\n")
        .append(Messages.get(dutch, "mail.referral.privacy"))
        .append('\n');
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(change.practiceEmail()));
      message.setSubject(
          Messages.get(dutch, "mail.referral.subject", change.reference(), status), "UTF-8");
      message.setText(body.toString(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(
          Level.WARNING,
          "Notification about referral {0} could not be sent: {1}",
          new Object[] {change.reference(), e.getMessage()});
    }
  }
}
