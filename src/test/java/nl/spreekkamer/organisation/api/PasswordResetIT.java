package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Smtp;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A forgotten password, reset by e-mail through a real SMTP server (GreenMail): the same answer
 * whether the account exists or not, a single-use link, the password rules, and throttling.
 */
class PasswordResetIT {
  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  @Test
  void aLinkByMailSetsANewPasswordOnce() throws Exception {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    Api.Reply asked = ask(account.username());
    assertThat(asked.status()).isEqualTo(202);
    MimeMessage mail = Smtp.awaitTo(smtp, account.username() + "@test.example");
    assertThat(mail.getAllRecipients()[0].toString())
        .isEqualTo(account.username() + "@test.example");
    String body = (String) mail.getContent();
    Matcher link =
        Pattern.compile("/wachtwoord-herstellen\\.xhtml\\?token=([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String token = link.group(1);

    Api.Reply weak = confirm(token, "Welkom2026!");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .as("nothing changed yet")
        .isEqualTo(200);
    assertThat(confirm(token, "Blauwe fiets in de regen").status()).isEqualTo(204);
    assertThat(Api.as(account.username(), "Blauwe fiets in de regen").get("/api/me").status())
        .isEqualTo(200);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .isEqualTo(401);
    Api.Reply again = confirm(token, "Nog een heel ander wachtwoord");
    assertThat(again.status()).as("a link works once").isEqualTo(400);
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("token");
    assertThat(
            confirm("verzonnen-token-" + "x".repeat(30), "Nog een heel ander wachtwoord").status())
        .isEqualTo(400);
  }

  @Test
  void anUnknownNameGetsTheSameAnswerAndNoMailAndAskingTooOftenWaits() throws Exception {
    String unknown = TestAccounts.unique("niemand");
    Api.Reply asked = ask(unknown);
    assertThat(asked.status()).isEqualTo(202);
    assertThat(asked.body()).isEmpty();
    Thread.sleep(3000); // longer than the outbox's period of 2 s
    assertThat(Smtp.matching(smtp, m -> Smtp.body(m).contains(unknown)))
        .as("no mail for nobody")
        .isEmpty();

    int throttled = 0;
    for (int i = 0; i < 6; i++) {
      Api.Reply reply = ask(unknown);
      if (reply.status() == 429) {
        throttled++;
        assertThat(reply.header("Retry-After")).isNotBlank();
      }
    }
    assertThat(throttled).as("no mailbox can be flooded").isPositive();
  }

  private static Api.Reply ask(String username) {
    return Api.anonymous()
        .post(
            "/api/password-reset",
            Json.createObjectBuilder().add("username", username).build().toString());
  }

  private static Api.Reply confirm(String token, String password) {
    return Api.anonymous()
        .post(
            "/api/password-reset/confirm",
            Json.createObjectBuilder()
                .add("token", token)
                .add("newPassword", password)
                .build()
                .toString());
  }
}
