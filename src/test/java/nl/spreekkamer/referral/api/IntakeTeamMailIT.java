package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.Smtp;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The intake team hears by e-mail (a real SMTP server, GreenMail) of a new urgent referral at once
 * and, once a working day, of the referrals close to their norm; never with the patient's name, in
 * the language each person chose, and not at all when they turned it off in their profile.
 */
class IntakeTeamMailIT {
  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  private static long refer(Api assistant, String name, String urgency) {
    Api.Reply created =
        assistant.post(
            "/api/referrals",
            """
            {"patientName": "%s", "phone": "06 12 34 56 78", "category": "RENT_OR_MORTGAGE",
             "urgency": [%s], "consent": {"share": true, "feedback": false,
             "textVersion": "2026-11-1"}}
            """
                .formatted(name, urgency));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String reference(Api intake, long id) {
    return intake.get("/api/referrals/" + id).json().getString("reference");
  }

  private static String address(Api person) {
    return person.username() + "@test.example";
  }

  @Test
  void anUrgentReferralIsMailedAtOnceUntilTheWorkerTurnsItOff() throws Exception {
    NewGemeente g = NewGemeente.create();
    long id = refer(g.assistant(), "Sanne Vos", "\"EVICTION\", \"ENERGY_CUTOFF\"");
    String reference = reference(g.intake(), id);

    MimeMessage mail =
        Smtp.await(
            smtp,
            m ->
                Smtp.recipients(m).contains(address(g.intake()).toLowerCase())
                    && Smtp.subject(m).contains(reference),
            Duration.ofSeconds(15));
    assertThat(mail.getSubject())
        .isEqualTo("Dringende verwijzing " + reference + " in de wachtrij");
    String body = Smtp.body(mail);
    assertThat(body)
        .contains("U moet misschien uit uw huis")
        .contains("Gas of stroom wordt afgesloten")
        .contains("/intake/verwijzing.xhtml?id=" + id)
        .contains("/profiel.xhtml#mail")
        .doesNotContain("Sanne")
        .doesNotContain("Vos")
        .doesNotContain("06 12");
    Smtp.await(
        smtp,
        m ->
            Smtp.recipients(m).contains(address(g.coordinator()).toLowerCase())
                && Smtp.subject(m).contains(reference),
        Duration.ofSeconds(10));

    JsonObject settings = g.intake().get("/api/me/mail-settings").json();
    assertThat(settings.getString("language")).isEqualTo("nl");
    assertThat(settings.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("URGENT_REFERRAL", "NORM_REACHED");
    Api.Reply off =
        g.intake()
            .put("/api/me/mail-settings", "{\"language\": \"en\", \"off\": [\"URGENT_REFERRAL\"]}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().getJsonArray("off").getString(0)).isEqualTo("URGENT_REFERRAL");

    long second = refer(g.assistant(), "Ruben Vos", "\"WATER_CUTOFF\"");
    String secondReference = reference(g.intake(), second);
    Smtp.await(
        smtp,
        m ->
            Smtp.recipients(m).contains(address(g.coordinator()).toLowerCase())
                && Smtp.subject(m).contains(secondReference),
        Duration.ofSeconds(15));
    assertThat(
            Smtp.matching(
                smtp,
                m ->
                    Smtp.recipients(m).contains(address(g.intake()).toLowerCase())
                        && Smtp.subject(m).contains(secondReference)))
        .as("turned off")
        .isEmpty();
  }

  @Test
  void referralsCloseToTheirNormAreMailedOnceADayInTheChosenLanguage() throws Exception {
    // A norm of one working day: a referral is close to it the day it comes in.
    NewGemeente g =
        NewGemeente.create(TestAccounts.unique("Termijndorp"), "Huisartsen De Es", 1, 1);
    assertThat(
            g.intake().put("/api/me/mail-settings", "{\"language\": \"en\", \"off\": []}").status())
        .isEqualTo(200);
    long id = refer(g.assistant(), "Iris de Boer", "");
    String reference = reference(g.intake(), id);

    MimeMessage mail =
        Smtp.await(
            smtp,
            m ->
                Smtp.recipients(m).contains(address(g.intake()).toLowerCase())
                    && Smtp.subject(m).contains("close to or past the term"),
            Duration.ofSeconds(20));
    String body = Smtp.body(mail);
    assertThat(mail.getSubject()).isEqualTo("1 referral is close to or past the term");
    assertThat(body)
        .contains("- " + reference)
        .contains("/intake/index.xhtml?due=true")
        .doesNotContain("Iris")
        .doesNotContain("Boer");

    refer(g.assistant(), "Koen de Boer", "");
    Thread.sleep(10_000); // two more runs of the reminders: the day's mail was sent
    assertThat(
            Smtp.matching(
                smtp,
                m ->
                    Smtp.recipients(m).contains(address(g.intake()).toLowerCase())
                        && Smtp.subject(m).contains("the term")))
        .hasSize(1);
  }

  @Test
  void mailSettingsAreCheckedAtTheField() {
    Api intake = Api.as("intake");
    Api.Reply language = intake.put("/api/me/mail-settings", "{\"language\": \"fr\", \"off\": []}");
    assertThat(language.status()).isEqualTo(400);
    assertThat(language.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("language");
    Api.Reply foreign =
        intake.put(
            "/api/me/mail-settings", "{\"language\": \"nl\", \"off\": [\"ACCREDITATION_EXPIRY\"]}");
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("off");
    Api.Reply unknown =
        intake.put("/api/me/mail-settings", "{\"language\": \"nl\", \"off\": [\"SPAM\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    JsonObject assistant = Api.as("assistent").get("/api/me/mail-settings").json();
    assertThat(assistant.getJsonArray("topics").getString(0)).isEqualTo("ACCREDITATION_EXPIRY");
  }
}
