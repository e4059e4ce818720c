package nl.spreekkamer.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Smtp;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real SMTP server (GreenMail) that is down, then comes up: a mail posted
 * while it is down waits, is tried again and arrives once, when it is back. Beheer sees all of it
 * in {@code GET /api/mail/outbox}, without the bodies.
 */
class MailOutboxIT {
  private static final ServerSetup SMTP =
      new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp");

  private final Api beheer = Api.as("beheer");

  @Test
  void aMailPostedWhileTheMailServerIsDownArrivesOnceWhenItIsBack() throws Exception {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    String recipient = account.username() + "@test.example";
    assertThat(askForReset(account.username()).status()).isEqualTo(202);

    JsonObject waiting = awaitMail(recipient, m -> m.getInt("attempts") >= 2, 20);
    assertThat(waiting.getString("status")).isEqualTo("WAITING");
    assertThat(waiting.getString("kind")).isEqualTo("password-reset");
    assertThat(waiting.getString("lastError")).startsWith("SMTP");
    assertThat(waiting.containsKey("nextAttemptAt")).isTrue();
    assertThat(waiting.containsKey("body")).as("beheer does not read the link").isFalse();

    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      JsonObject sent = awaitMail(recipient, m -> m.getString("status").equals("SENT"), 20);
      assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(3);
      assertThat(sent.containsKey("sentAt")).isTrue();
      Thread.sleep(4000); // two more periods of the job: nothing is sent again
      List<MimeMessage> mails = to(smtp, recipient);
      assertThat(mails).hasSize(1);
      assertThat(mails.get(0).getSubject()).isEqualTo("Nieuw wachtwoord voor Spreekkamer");
      assertThat(Smtp.body(mails.get(0)))
          .contains(account.username())
          .contains("wachtwoord-herstellen.xhtml?token=");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void beheerCountsTheOutboxAndOnlyAFailedMailCanBeTriedAgain() {
    Api.Reply all = beheer.get("/api/mail/outbox?max=5");
    assertThat(all.status()).isEqualTo(200);
    JsonObject counts = all.json().getJsonObject("counts");
    assertThat(counts.keySet()).containsExactlyInAnyOrder("WAITING", "SENT", "FAILED");
    long total = all.json().getJsonObject("mails").getJsonNumber("total").longValue();
    assertThat(total)
        .isEqualTo(
            counts.getJsonNumber("WAITING").longValue()
                + counts.getJsonNumber("SENT").longValue()
                + counts.getJsonNumber("FAILED").longValue());

    Api.Reply bad = beheer.get("/api/mail/outbox?status=ONDERWEG");
    assertProblem(bad, 400);
    assertProblem(beheer.post("/api/mail/outbox/987654321/retry", ""), 404);

    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    askForReset(account.username());
    JsonObject mail = awaitMail(account.username() + "@test.example", m -> true, 10);
    assertProblem(
        beheer.post("/api/mail/outbox/" + mail.getJsonNumber("id").longValue() + "/retry", ""),
        409);

    assertThat(Api.as("praktijkmanager").get("/api/mail/outbox").status()).isEqualTo(403);
    assertThat(Api.as("coordinator").get("/api/mail/outbox").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/mail/outbox").status()).isEqualTo(401);
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getString("detail")).isNotBlank();
  }

  private static Api.Reply askForReset(String username) {
    return Api.anonymous()
        .post(
            "/api/password-reset",
            Json.createObjectBuilder().add("username", username).build().toString());
  }

  /** Polls beheer's newest mails until one to {@code recipient} matches {@code when}. */
  private JsonObject awaitMail(String recipient, Predicate<JsonObject> when, int seconds) {
    long end = System.currentTimeMillis() + seconds * 1000L;
    Optional<JsonObject> last = Optional.empty();
    while (System.currentTimeMillis() < end) {
      last =
          beheer
              .get("/api/mail/outbox?max=100")
              .json()
              .getJsonObject("mails")
              .getJsonArray("items")
              .stream()
              .map(JsonObject.class::cast)
              .filter(m -> m.getString("recipient").equals(recipient))
              .findFirst();
      if (last.isPresent() && when.test(last.get())) {
        return last.get();
      }
      sleep(250);
    }
    throw new AssertionError("No mail to " + recipient + " as expected; last seen " + last);
  }

  private static List<MimeMessage> to(GreenMail smtp, String recipient) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.toString(m.getAllRecipients()).contains(recipient);
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
