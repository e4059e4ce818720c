package nl.spreekkamer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI, security headers and session-free public pages. */
class OperationsIT {
  @Test
  void readinessReportsTheDatabase() {
    Api.Reply ready = Api.anonymous().get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP").contains("Apache Derby");
    assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
  }

  @Test
  void metricsArePrometheusText() {
    Api.Reply metrics = Api.anonymous().getText("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE").contains("jvm_uptime_seconds");
  }

  @Test
  void openApiDocumentsTheApi() {
    Api.Reply openapi = Api.anonymous().get("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/me")
        .contains("/api/praktijken/{praktijkId}/team")
        .contains("basic");
  }

  @Test
  void thePublicLoginPageCreatesNoSession() {
    Pages pages = Pages.anonymous();
    HttpResponse<String> login = pages.get("/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("SPREEKKAMER_SESSION"));
    assertThat(pages.get("/fout/404.xhtml").headers().allValues("Set-Cookie")).isEmpty();
    assertThat(pages.hasSessionCookie()).isFalse();
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    HttpResponse<String> login = Pages.anonymous().get("/login.xhtml");
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(Api.as("huisarts").get("/api/me").header("X-Content-Type-Options"))
        .isEqualTo("nosniff");
  }

  @Test
  void pagesAllowOnlyTheirOwnNoncedScriptsAndTheApiNoInlineScriptAtAll() {
    for (HttpResponse<String> page :
        List.of(
            Pages.anonymous().get("/login.xhtml"),
            Pages.loggedInAs("coordinator").get("/monitoring/gemeente.xhtml"),
            // a folder address, served by the welcome page: once had a second, stricter policy
            Pages.loggedInAs("assistent").get("/verwijskaart/"))) {
      List<String> policies = page.headers().allValues("Content-Security-Policy");
      assertThat(policies).as("one policy, the page's own").hasSize(1);
      String scripts = directive(policies.get(0), "script-src");
      assertThat(scripts).startsWith("script-src 'self' 'nonce-").doesNotContain("unsafe");
      String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
      assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
      assertThat(page.body()).as("no inline event handlers").doesNotContainPattern(" on[a-z]+=\"");
    }
    String api = Api.as("huisarts").get("/api/me").header("Content-Security-Policy");
    assertThat(directive(api, "script-src")).isEqualTo("script-src 'self'");
  }

  @Test
  void whatLibertyServesItselfCarriesTheSameHeadersAndNoCrossOriginAccess() {
    for (String path : List.of("/health", "/health/ready", "/openapi", "/metrics")) {
      HttpResponse<String> answer = Pages.anonymous().getWithOrigin(path, "https://evil.example");
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .contains("frame-ancestors 'none'");
      assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
    }
  }

  private static String directive(String policy, String name) {
    return java.util.Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> d.startsWith(name + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
  }

  @Test
  void unknownPagesShowAFriendlyPageWithoutAStackTrace() {
    HttpResponse<String> missing = Pages.loggedInAs("huisarts").get("/bestaat-niet.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Pagina niet gevonden")
        .doesNotContain("at nl.spreekkamer")
        .doesNotContain("ServletException");
  }

  @Test
  void aWrongIdInAPageAddressSaysNotFoundInsteadOfShowingAnEmptyForm() {
    Pages beheer = Pages.loggedInAs("beheer");
    assertThat(beheer.get("/beheer/gemeente.xhtml?id=abc").body())
        .contains("Gemeente abc bestaat niet.")
        .doesNotContain("id=\"gemeenteForm\"");
    assertThat(beheer.get("/beheer/gemeente.xhtml?id=424242").body())
        .contains("Gemeente 424242 bestaat niet.");
    assertThat(beheer.get("/beheer/gemeente.xhtml").body()).contains("id=\"gemeenteForm\"");
  }

  @Test
  void theLanguageSwitchSetsACookieAndOnlyRedirectsInsideTheApp() {
    Pages pages = Pages.anonymous();
    HttpResponse<String> toEnglish = pages.get("/taal?lang=en&terug=%2Flogin.xhtml");
    assertThat(toEnglish.statusCode()).isEqualTo(302);
    assertThat(toEnglish.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    assertThat(pages.get("/login.xhtml").body()).contains("<h1>Log in").contains("lang=\"en\"");
    HttpResponse<String> evil = pages.get("/taal?lang=nl&terug=https%3A%2F%2Fevil.example%2F");
    assertThat(evil.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
  }
}
