package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Two-factor login (issue 16, decision 0018) against the real server: enrolment with a code of the
 * app, the login form's second step, codes used once, recovery codes, the password alone refused
 * for Basic, switching off with a code, and the reset by beheer.
 */
class TwoFactorIT {
  @Test
  void enrolLogInWithTheCodeUseARecoveryCodeAndSwitchOff() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("HUISARTS");
    Api self = Api.as(account.username(), account.password());
    assertThat(self.get("/api/me/two-factor").json().getBoolean("enabled")).isFalse();

    JsonObject setup = self.post("/api/me/two-factor", null).json();
    String secret = setup.getString("secret");
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(setup.getString("otpauthUri"))
        .startsWith("otpauth://totp/Spreekkamer:" + account.username() + "?secret=" + secret);

    Api.Reply wrong = self.post("/api/me/two-factor/confirm", "{\"code\":\"000000\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
    Api.Reply confirmed =
        self.post(
            "/api/me/two-factor/confirm",
            "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    List<String> recovery =
        confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

    Api.Reply basic = self.get("/api/me");
    assertThat(basic.status()).as("the password alone is not enough any more").isEqualTo(401);
    assertThat(basic.json().getString("detail")).contains("twee stappen");

    Pages browser = Pages.anonymous();
    HttpResponse<String> firstStep = browser.login(account.username(), account.password());
    assertThat(firstStep.statusCode()).as("the form asks for the code").isEqualTo(200);
    assertThat(firstStep.body()).contains("codeForm:code");
    assertThat(browser.get("/index.xhtml").statusCode()).as("not logged in yet").isEqualTo(302);

    HttpResponse<String> badCode = secondStep(browser, "123456");
    assertThat(badCode.statusCode()).isEqualTo(200);
    assertThat(badCode.body()).contains("Deze code klopt niet");
    // a code already used (at enrolment) is refused; the next one of the app works
    String next = Totp.codeAt(secret, Instant.now().plusSeconds(30));
    HttpResponse<String> loggedIn = secondStep(browser, next);
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(200);

    Pages again = Pages.anonymous();
    again.login(account.username(), account.password());
    assertThat(secondStep(again, next).statusCode()).as("the same code twice").isEqualTo(200);
    assertThat(secondStep(again, recovery.get(0).toUpperCase()).statusCode())
        .as("a recovery code, typed in capitals")
        .isEqualTo(302);
    Pages third = Pages.anonymous();
    third.login(account.username(), account.password());
    assertThat(secondStep(third, recovery.get(0)).statusCode())
        .as("a recovery code works once")
        .isEqualTo(200);

    JsonObject status = json(browser.call("GET", "/api/me/two-factor", null));
    assertThat(status.getBoolean("enabled")).isTrue();
    assertThat(status.getInt("recoveryCodesLeft")).isEqualTo(9);

    HttpResponse<String> off =
        browser.call("DELETE", "/api/me/two-factor", "{\"code\":\"" + recovery.get(1) + "\"}");
    assertThat(off.statusCode()).as(off.body()).isEqualTo(204);
    assertThat(self.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void beheerResetsTwoFactorForSomeoneWhoLostThePhone() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    Api self = Api.as(account.username(), account.password());
    String secret = self.post("/api/me/two-factor", null).json().getString("secret");
    assertThat(
            self.post(
                    "/api/me/two-factor/confirm",
                    "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(self.get("/api/me").status()).isEqualTo(401);
    assertThat(Api.as("beheer").get("/api/accounts/" + account.id()).json().getBoolean("twoFactor"))
        .isTrue();

    assertThat(
            Api.as("praktijkmanager")
                .post("/api/accounts/" + account.id() + "/two-factor-reset", null)
                .status())
        .as("only beheer")
        .isEqualTo(403);
    Api.Reply reset =
        Api.as("beheer").post("/api/accounts/" + account.id() + "/two-factor-reset", null);
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().getBoolean("twoFactor")).isFalse();
    assertThat(self.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void wrongCodesAreThrottledAndTheSecondStepNeedsTheFirst() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    Api self = Api.as(account.username(), account.password());
    String secret = self.post("/api/me/two-factor", null).json().getString("secret");
    self.post(
        "/api/me/two-factor/confirm", "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}");

    Pages stranger = Pages.anonymous();
    HttpResponse<String> withoutPassword = secondStep(stranger, "123456");
    assertThat(withoutPassword.body())
        .as("no second step without the first")
        .doesNotContain("codeForm:code\" value");
    assertThat(stranger.get("/index.xhtml").statusCode()).isEqualTo(302);

    Pages browser = Pages.anonymous();
    browser.login(account.username(), account.password());
    int throttled = 0;
    for (int i = 0; i < 6; i++) {
      if (secondStep(browser, String.format("%06d", i)).statusCode() == 429) {
        throttled++;
      }
    }
    assertThat(throttled).as("guessing codes waits like guessing passwords").isPositive();
  }

  /** Posts the login page's second step as a browser would. */
  private static HttpResponse<String> secondStep(Pages browser, String code) {
    String page = browser.get("/login.xhtml").body();
    Map<String, String> form = new HashMap<>();
    form.put("codeForm_SUBMIT", "1");
    form.put("codeForm:code", code);
    form.put("codeForm:terug", "");
    form.put("codeForm:token", Pages.loginToken(page));
    form.put("primefaces.nonce", Pages.nonce(page));
    form.put("codeForm:verify", "");
    form.put("jakarta.faces.ViewState", "stateless");
    return browser.post("/login.xhtml", form);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
