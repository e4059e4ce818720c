package nl.spreekkamer.organisation.infrastructure;

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
import java.util.logging.Logger;
import nl.spreekkamer.organisation.application.PasswordResetRequested;
import nl.spreekkamer.platform.i18n.Messages;

/**
 * Mails the password-reset link once its token is stored. The mail names the username and the link,
 * nothing more; a failing mail server is logged (the person can ask again).
 */
@ApplicationScoped
public class PasswordResetMailer {
  private static final Logger LOG = Logger.getLogger(PasswordResetMailer.class.getName());

  @Resource(lookup = "mail/spreekkamer")
  Session mail;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested reset) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(reset.email()));
      message.setSubject(Messages.get(reset.locale(), "mail.reset.subject"), "UTF-8");
      message.setText(
          Messages.get(
              reset.locale(),
              "mail.reset.body",
              reset.username(),
              reset.link(),
              reset.validMinutes()),
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.warning(() -> "Password reset mail could not be sent: " + e.getMessage());
    }
  }
}
