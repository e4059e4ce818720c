package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Smtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The practice hears by e-mail (a real SMTP server on loopback, GreenMail) when a referral it made
 * moves on, only if the patient wanted feedback, and without the patient's name in the mail.
 */
class PracticeMailIT {
  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  private final Api intake = Api.as("intake");

  private long referral(String name, boolean feedback) {
    JsonObject created =
        Api.as("assistent")
            .post("/api/referrals", ReferralApiIT.referral(name, feedback, ""))
            .json();
    return created.getInt("id");
  }

  private void step(long id, String body) {
    long version = intake.get("/api/referrals/" + id).json().getInt("version");
    assertThat(
            intake
                .post(
                    "/api/referrals/" + id + "/status",
                    body.replace("}", ", \"version\": " + version + "}"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void thePracticeIsToldOfEachStepWithoutThePatientsName() throws Exception {
    long id = referral("Mila Groen", true);
    String reference = intake.get("/api/referrals/" + id).json().getString("reference");
    step(id, "{\"status\": \"CLOSED\", \"outcome\": \"HELP_PROGRAMME_STARTED\"}");

    MimeMessage mail =
        Smtp.await(
            smtp, Smtp.subjectContains("Verwijzing " + reference + ":"), Duration.ofSeconds(15));
    assertThat(Arrays.toString(mail.getAllRecipients())).contains("@");
    assertThat(mail.getSubject()).contains("Afgesloten");
    assertThat(mail.getHeader("Message-ID")[0]).startsWith("<outbox-");
    String body = Smtp.body(mail);
    assertThat(body).contains("Hulptraject gestart").doesNotContain("Mila").doesNotContain("Groen");
  }

  @Test
  void withoutFeedbackConsentNoMailIsSentAndFeedbackIsRefused() throws Exception {
    long id = referral("Daan Wit", false);
    String reference = intake.get("/api/referrals/" + id).json().getString("reference");
    step(id, "{\"status\": \"SEEKING_CONTACT\"}");
    long version = intake.get("/api/referrals/" + id).json().getInt("version");
    assertThat(
            intake
                .post(
                    "/api/referrals/" + id + "/feedback",
                    "{\"text\": \"Gesprek gepland\", \"version\": " + version + "}")
                .status())
        .isEqualTo(409);

    Thread.sleep(3000); // longer than the outbox's period of 2 s
    assertThat(Smtp.matching(smtp, Smtp.subjectContains("Verwijzing " + reference + ":")))
        .isEmpty();
  }
}
