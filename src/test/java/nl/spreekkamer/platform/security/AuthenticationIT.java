package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** Form login, HTTP Basic, logout and the lock-out after repeated failures. */
class AuthenticationIT {
  @Test
  void anonymousApiCallsGetA401ProblemWithABasicChallenge() {
    Api.Reply reply = Api.anonymous().get("/api/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getInt("status")).isEqualTo(401);
  }

  @Test
  void aWrongPasswordOrAMalformedHeaderIsA401NeverA500() {
    assertThat(Api.as("huisarts", "wrong").get("/api/me").status()).isEqualTo(401);
    assertThat(Api.withHeader("Basic bm9jb2xvbg==").get("/api/me").status()).isEqualTo(401);
    assertThat(Api.withHeader("Basic %%%").get("/api/me").status()).isEqualTo(401);
    assertThat(Api.as("", "").get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void anonymousPagesRedirectToTheLoginPageAndComeBackAfterLogin() {
    Pages pages = Pages.anonymous();
    HttpResponse<String> home = pages.get("/praktijk/team.xhtml");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow())
        .contains("/login.xhtml?terug=%2Fpraktijk%2Fteam.xhtml");
  }

  @Test
  void formLoginStartsASessionAndLogoutEndsIt() {
    Pages pages = Pages.anonymous();
    HttpResponse<String> login = pages.login("praktijkmanager", "demo");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");
    assertThat(pages.hasSessionCookie()).isTrue();

    HttpResponse<String> home = pages.get("/index.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Joost van Dam");

    HttpResponse<String> failed = Pages.anonymous().login("praktijkmanager", "niet-goed");
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(failed.body()).contains("De gebruikersnaam of het wachtwoord klopt niet.");
  }

  @Test
  void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(Api.as(account.username(), "fout-" + i).get("/api/me").status()).isEqualTo(401);
    }

    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .as("locked for 15 minutes")
        .isEqualTo(401);
    HttpResponse<String> page = Pages.anonymous().login(account.username(), account.password());
    assertThat(page.body()).contains("tijdelijk geblokkeerd");

    Api.Reply view = Api.as("beheer").get("/api/accounts/" + account.id());
    assertThat(view.json().getBoolean("locked")).isTrue();
    assertThat(Api.as("beheer").post("/api/accounts/" + account.id() + "/activate", null).status())
        .isEqualTo(200);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .as("beheer lifted the lock")
        .isEqualTo(200);
  }

  @Test
  void aDeactivatedAccountCannotLogInAndLosesItsOpenSession() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    Pages pages = Pages.anonymous();
    assertThat(pages.login(account.username(), account.password()).statusCode()).isEqualTo(302);
    assertThat(pages.get("/index.xhtml").statusCode()).isEqualTo(200);

    Api.Reply deactivated =
        Api.as("praktijkmanager")
            .post(
                "/api/praktijken/" + account.praktijkId() + "/team/" + account.id() + "/deactivate",
                null);
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);

    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .isEqualTo(401);
    assertThat(pages.get("/index.xhtml").statusCode()).as("session no longer valid").isEqualTo(302);
  }
}
