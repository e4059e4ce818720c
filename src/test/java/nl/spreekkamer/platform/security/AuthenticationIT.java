package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Form login, HTTP Basic, logout, and slowing down password guessing without locking anyone out.
 */
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
  void eightWrongPasswordsSlowTheGuesserDownAndTheOwnerGetsInWithinAMinute() throws Exception {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    List<Integer> statuses = new ArrayList<>();
    Api.Reply last = null;
    for (int i = 0; i < 8; i++) {
      last = Api.as(account.username(), "fout-" + i).get("/api/me");
      statuses.add(last.status());
    }
    assertThat(statuses).as("never a lock: wrong, then wait").containsOnly(401, 429);
    assertThat(statuses.subList(0, 3)).containsOnly(401);
    assertThat(statuses).contains(429);
    assertThat(last.status()).isEqualTo(429);
    long wait = Long.parseLong(last.header("Retry-After"));
    assertThat(wait).isBetween(1L, 60L);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(last.json().getString("detail")).contains("seconden");

    HttpResponse<String> page = Pages.anonymous().login(account.username(), account.password());
    assertThat(page.statusCode()).as("the form says to wait, too").isEqualTo(429);
    assertThat(page.body()).contains("Wacht ").contains(" seconden");

    Thread.sleep(wait * 1000 + 200);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .as("the owner is in after the wait, without help from beheer")
        .isEqualTo(200);
    Api.Reply view = Api.as("beheer").get("/api/accounts/" + account.id());
    assertThat(view.json().getInt("failedLogins")).as("reset by the login").isZero();
    assertThat(view.json().containsKey("locked")).isFalse();
  }

  @Test
  void anUnknownUserAndAWrongPasswordLookTheSame() {
    String unknown = TestAccounts.unique("niemand");
    Api.Reply missing = Api.as(unknown, "Een wachtwoord 1").get("/api/me");
    Api.Reply wrong = Api.as("redactie", "Een wachtwoord 1").get("/api/me");
    assertThat(missing.status()).isEqualTo(wrong.status()).isEqualTo(401);
    assertThat(missing.json().getString("detail")).isEqualTo(wrong.json().getString("detail"));

    for (int i = 0; i < 5; i++) {
      Api.as(unknown, "fout-" + i).get("/api/me");
    }
    assertThat(Api.as(unknown, "fout").get("/api/me").status())
        .as("an unknown name is slowed down like a real one")
        .isEqualTo(429);
    HttpResponse<String> page = Pages.anonymous().login(unknown, "fout");
    assertThat(page.statusCode()).isEqualTo(429);
  }

  @Test
  void beheerSeesTheFailedLoginsOfAnAccount() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    Api.as(account.username(), "fout-1").get("/api/me");
    Api.as(account.username(), "fout-2").get("/api/me");
    Api.Reply view = Api.as("beheer").get("/api/accounts/" + account.id());
    assertThat(view.json().getInt("failedLogins")).isEqualTo(2);
    assertThat(view.json().getString("lastFailedLogin")).isNotBlank();
  }

  @Test
  void twentyParallelBasicCallsWhenTheLastLoginWriteIsDueAllSucceed() throws Exception {
    TestAccounts.Created account = TestAccounts.createPracticeMember("HUISARTS");
    // a failure makes the next success write the last login (and reset the count)
    assertThat(Api.as(account.username(), "fout").get("/api/me").status()).isEqualTo(401);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return Api.as(account.username(), account.password()).get("/api/me").status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> call : calls) {
        statuses.add(call.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).as("no deadlock, no 401 for a right password").containsOnly(200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(Api.as("beheer").get("/api/accounts/" + account.id()).json().getInt("failedLogins"))
        .isZero();
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

  @Test
  void aSecondLoginPostFromAnotherTabIsARedirectNotAnError() {
    Pages browser = Pages.anonymous();
    String page = browser.get("/login.xhtml").body();
    Map<String, String> form =
        Map.of(
            "loginForm_SUBMIT", "1",
            "loginForm:username", "poh",
            "loginForm:password", "demo",
            "loginForm:terug", "",
            "loginForm:token", Pages.loginToken(page),
            "primefaces.nonce", Pages.nonce(page),
            "loginForm:login", "",
            "jakarta.faces.ViewState", "stateless");
    assertThat(browser.post("/login.xhtml", form).statusCode()).isEqualTo(302);
    HttpResponse<String> secondTab = browser.post("/login.xhtml", form);
    assertThat(secondTab.statusCode()).as(secondTab.body()).isIn(302, 303);
    assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aLoginFormFromAnotherSiteIsRefused() {
    Pages victim = Pages.anonymous();
    // the attacker's own page gives a well-formed script nonce, but not the victim's token
    String attackersPage = Pages.anonymous().get("/login.xhtml").body();
    HttpResponse<String> forged =
        victim.post(
            "/login.xhtml",
            Map.of(
                "loginForm_SUBMIT", "1",
                "loginForm:username", "redactie",
                "loginForm:password", "demo",
                "loginForm:terug", "",
                "loginForm:token", Pages.loginToken(attackersPage),
                "primefaces.nonce", Pages.nonce(attackersPage),
                "loginForm:login", "",
                "jakarta.faces.ViewState", "stateless"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("kwam niet van deze site");
    assertThat(victim.hasSessionCookie()).as("not logged into the attacker's account").isFalse();
  }

  @Test
  void anExpiredOrForgedViewStateIsARedirectNeverA500() {
    Pages browser = Pages.loggedInAs("poh");
    assertThat(browser.get("/profiel.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> forged =
        browser.post(
            "/profiel.xhtml",
            Map.of(
                "passwordForm_SUBMIT", "1",
                "passwordForm:changePassword", "",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
    assertThat(forged.statusCode()).as(forged.body()).isIn(302, 303);
    assertThat(forged.headers().firstValue("Location").orElseThrow())
        .contains("/fout/verlopen.xhtml?terug=%2Fprofiel.xhtml");
    HttpResponse<String> page = browser.get("/fout/verlopen.xhtml?terug=%2Fprofiel.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("href=\"/profiel.xhtml\"");

    HttpResponse<String> ajax =
        browser.post(
            "/profiel.xhtml",
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "passwordForm:changePassword",
                "jakarta.faces.partial.execute", "passwordForm",
                "passwordForm_SUBMIT", "1",
                "jakarta.faces.ViewState", "stale"));
    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body()).contains("<redirect url=").contains("verlopen.xhtml");
  }
}
