package nl.spreekkamer.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a batch of mails to the SMTP server of {@code mail/spreekkamer} over one connection. Each
 * mail carries a Message-ID made from its outbox id, so a mail that is sent again after a server
 * stopped half-way can be recognised as the same mail by the receiving side.
 */
@ApplicationScoped
public class SmtpSender {
  @Resource(lookup = "mail/spreekkamer")
  Session mail;

  /**
   * Sends the mails, none after {@code stopAt} (the end of the batch's lease, less a margin).
   *
   * @return for each mail the server did not take, its id and why; the others were taken
   */
  public Map<Long, String> send(List<OutboxMail> mails, Instant stopAt) {
    Map<Long, String> failures = new LinkedHashMap<>();
    if (mails.isEmpty()) {
      return failures;
    }
    Transport transport;
    try {
      transport = mail.getTransport();
      transport.connect();
    } catch (MessagingException e) {
      String why = "SMTP: " + e.getMessage();
      mails.forEach(m -> failures.put(m.id(), why));
      return failures;
    }
    try {
      for (OutboxMail m : mails) {
        if (!transport.isConnected()) {
          failures.put(m.id(), "SMTP: connection lost");
          continue;
        }
        if (Instant.now().isAfter(stopAt)) {
          // The batch's lease ends soon: another server may take these; do not race it.
          failures.put(m.id(), "SMTP: too slow, the rest of the batch is tried again");
          continue;
        }
        try {
          MimeMessage message = message(m);
          transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
          failures.put(m.id(), "SMTP: " + e.getMessage());
        }
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        // The mails were taken or noted as failed; a failing QUIT changes nothing.
      }
    }
    return failures;
  }

  private MimeMessage message(OutboxMail m) throws MessagingException {
    String messageId = "<outbox-" + m.id() + "@spreekkamer>";
    MimeMessage message =
        new MimeMessage(mail) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), true));
    message.setSubject(m.subject(), "UTF-8");
    message.setText(m.body() == null ? "" : m.body(), "UTF-8");
    message.setHeader("Content-Language", m.language());
    message.saveChanges();
    return message;
  }
}
