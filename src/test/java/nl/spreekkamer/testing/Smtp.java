package nl.spreekkamer.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server on loopback (GreenMail), on the port the test server sends its mail to. The
 * server's outbox keeps trying mails that no test was listening for, so a test picks its own mails
 * out of what arrives (by recipient or reference) rather than counting all of them.
 */
public final class Smtp {
  private Smtp() {}

  public static GreenMailExtension server() {
    return new GreenMailExtension(
        new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp"));
  }

  /** The mails received so far to {@code recipient}. */
  public static List<MimeMessage> to(GreenMailExtension smtp, String recipient) {
    return matching(smtp, m -> recipients(m).contains(recipient.toLowerCase()));
  }

  /** The mails received so far that {@code which} picks. */
  public static List<MimeMessage> matching(GreenMailExtension smtp, Predicate<MimeMessage> which) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
  }

  /** Waits up to {@code within} for a mail that {@code which} picks; fails if none comes. */
  public static MimeMessage await(
      GreenMailExtension smtp, Predicate<MimeMessage> which, Duration within) {
    long end = System.nanoTime() + within.toNanos();
    do {
      List<MimeMessage> found = matching(smtp, which);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      sleep();
    } while (System.nanoTime() < end);
    throw new AssertionError(
        "No matching mail within "
            + within
            + "; received: "
            + Arrays.stream(smtp.getReceivedMessages()).map(Smtp::subject).toList());
  }

  /** Waits for a mail to {@code recipient}. */
  public static MimeMessage awaitTo(GreenMailExtension smtp, String recipient) {
    return await(
        smtp, m -> recipients(m).contains(recipient.toLowerCase()), Duration.ofSeconds(15));
  }

  /** Whether the subject of {@code m} contains {@code text}. */
  public static Predicate<MimeMessage> subjectContains(String text) {
    return m -> subject(m).contains(text);
  }

  public static String recipients(MimeMessage m) {
    try {
      return m.getAllRecipients() == null
          ? ""
          : Arrays.toString(m.getAllRecipients()).toLowerCase();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text of a plain-text mail. */
  public static String body(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
