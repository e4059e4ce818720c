package nl.spreekkamer.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.InServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real Derby database: the retention job erases the personal data of
 * a referral closed longer ago than 24 months, and leaves a recently closed one alone.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {
  @Deployment
  static WebArchive deployment() {
    return InServer.archive("retention-it.war")
        .addClasses(
            Retention.class,
            ReferralAging.class,
            nl.spreekkamer.referral.infrastructure.JpaReferralRepository.class);
  }

  @Inject Retention retention;
  @Inject ReferralAging aging;

  @Test
  void personalDataOfAnOldClosedReferralIsErasedAndRecentOnesStay() throws Exception {
    long old = closedReferral("Oud Dossier");
    long recent = closedReferral("Recent Dossier");
    Instant now = Instant.now();
    aging.lastChangedAt(old, now.atZone(ZoneOffset.UTC).minusMonths(25).toInstant());

    assertTrue(retention.eraseExpired(now) >= 1);

    Referral erased = aging.fresh(old);
    assertNull(erased.contact());
    assertNull(erased.note());
    assertNotNull(erased.erasedAt());
    assertNotNull(erased.outcome(), "the outcome stays for monitoring");
    Referral kept = aging.fresh(recent);
    assertEquals("Recent Dossier", kept.contact().name());
    assertEquals(
        "ERASE",
        Api.as("intake").get("/api/referrals/" + old + "/audit").array().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .reduce((a, b) -> b)
            .orElse(""));
  }

  private static long closedReferral(String name) {
    JsonObject created =
        Api.as("assistent")
            .post(
                "/api/referrals",
                "{\"patientName\": \""
                    + name
                    + "\", \"email\": \"dossier@voorbeeld.nl\", \"category\": \"DEBTS\", \"note\":"
                    + " \"Wil graag hulp\", \"consent\": {\"share\": true, \"feedback\": true,"
                    + " \"textVersion\": \"2026-11-1\"}}")
            .json();
    long id = created.getInt("id");
    Api intake = Api.as("intake");
    long version = intake.get("/api/referrals/" + id).json().getInt("version");
    intake.post(
        "/api/referrals/" + id + "/status",
        "{\"status\": \"CLOSED\", \"outcome\": \"NO_HELP_NEEDED\", \"version\": " + version + "}");
    return id;
  }
}
