package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery (issue 16): with the session cookie, another site's page cannot make
 * the API change anything, whatever body type it posts; the application's own pages and scripts
 * with Basic or an API key can.
 */
class CrossSiteIT {
  private static final String EVIL = "https://evil.example";

  @Test
  void aForeignOriginCannotChangeAnythingWithTheSessionCookie() {
    Pages coordinator = Pages.loggedInAs("coordinator");
    Pages manager = Pages.loggedInAs("praktijkmanager");
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
      assertRefused(coordinator.callFrom(EVIL, "POST", "/api/kits/1/distribute", "", type));
      assertRefused(manager.callFrom(EVIL, "POST", "/api/screen/renew", "", type));
      assertRefused(
          manager.callFrom(EVIL, "POST", "/api/me/password", "{\"a\":1}", "application/json"));
    }
    HttpResponse<String> sibling =
        manager.callFrom(
            Api.BASE_URL.replace("localhost", "127.0.0.1"),
            "POST",
            "/api/screen/renew",
            null,
            null);
    assertRefused(sibling);
  }

  @Test
  void ownPagesWithJsonOrNoBodyAndTheXRequestedWithHeaderMayChangeThings() {
    Pages manager = Pages.loggedInAs("praktijkmanager");
    HttpResponse<String> renewed = manager.call("POST", "/api/screen/renew", null, null);
    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);

    HttpResponse<String> formBody =
        manager.call("POST", "/api/screen/renew", "a=1", "application/x-www-form-urlencoded");
    assertRefused(formBody);

    HttpResponse<String> noOrigin = manager.callFrom(null, "POST", "/api/screen/renew", null, null);
    assertRefused(noOrigin);
  }

  @Test
  void scriptsWithBasicAreNotAffectedAndReadsNeverAre() {
    assertThat(Api.as("praktijkmanager").post("/api/screen/renew", null).status()).isEqualTo(200);
    Pages manager = Pages.loggedInAs("praktijkmanager");
    assertThat(manager.callFrom(EVIL, "GET", "/api/me", null, null).statusCode()).isEqualTo(200);
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("niet van een pagina van Spreekkamer");
  }
}
