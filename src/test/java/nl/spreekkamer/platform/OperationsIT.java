package nl.spreekkamer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
