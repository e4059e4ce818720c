package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.spreekkamer.platform.security.Totp;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The audit trail of accounts and keys (issue 16, NEN 7510): who created, changed, blocked or reset
 * an account or an API key, and who switched two-step verification on or off, readable by beheer
 * only, on a page and by API.
 */
class AccountAuditIT extends BrowserTest {
  @Test
  void beheerReadsWhoDidWhatToAccountsAndKeys() {
    TestAccounts.Created member = TestAccounts.createPracticeMember("POH");
    Api self = Api.as(member.username(), member.password());
    String secret = self.post("/api/me/two-factor", null).json().getString("secret");
    self.post(
        "/api/me/two-factor/confirm", "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}");
    Api.as("beheer").post("/api/accounts/" + member.id() + "/two-factor-reset", null);
    Api.as("praktijkmanager")
        .post(
            "/api/praktijken/" + member.praktijkId() + "/team/" + member.id() + "/deactivate",
            null);
    Api.as("beheer").post("/api/accounts/" + member.id() + "/password-reset", null);
    String keyName = TestAccounts.unique("Zaaksysteem");
    long key =
        Api.as("coordinator")
            .post("/api/api-clients", "{\"name\":\"" + keyName + "\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.as("coordinator").delete("/api/api-clients/" + key);

    Api.Reply log = Api.as("beheer").get("/api/account-audit?max=100");
    assertThat(log.status()).isEqualTo(200);
    List<String> aboutMember = events(log.json(), member.username());
    assertThat(aboutMember)
        .containsSubsequence(
            "ACCOUNT_CREATED by praktijkmanager",
            "PASSWORD_CHANGED by " + member.username(),
            "TWO_FACTOR_ON by " + member.username(),
            "TWO_FACTOR_RESET by beheer",
            "ACCOUNT_DEACTIVATED by praktijkmanager",
            "PASSWORD_RESET by beheer");
    assertThat(events(log.json(), keyName))
        .containsExactly("API_KEY_ISSUED by coordinator", "API_KEY_REVOKED by coordinator");

    assertThat(Api.as("praktijkmanager").get("/api/account-audit").status()).isEqualTo(403);
    assertThat(Api.as("coordinator").get("/api/account-audit").status()).isEqualTo(403);

    logIn("beheer");
    navigate(By.linkText("Logboek accounts"));
    assertThat(driver.findElement(By.id("auditForm:events")).getText())
        .contains(member.username())
        .contains("Tweestapsverificatie gereset door beheer")
        .contains("API-sleutel ingetrokken");
    Browser.assertAccessible(driver);
    screenshot("account-audit-1280");
  }

  /** "EVENT by actor" for one subject, oldest first. */
  private static List<String> events(JsonObject page, String subject) {
    List<String> found =
        new ArrayList<>(
            page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").equals(subject))
                .map(e -> e.getString("event") + " by " + e.getString("actor"))
                .toList());
    Collections.reverse(found);
    return found;
  }
}
