package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every API operation with the roles that may use it. The list must name every operation the server
 * documents (a new endpoint fails this test until it is listed here). For each operation, every
 * demo user who may not use it gets a 4xx (never a 2xx or a 5xx); for the operations without path
 * parameters, every user who may gets a 2xx. Users call with their session, as the pages do.
 */
public class EndpointTableIT {
  static final Set<String> PRACTICE = Set.of("huisarts", "poh", "assistent", "praktijkmanager");
  static final Set<String> GEMEENTE = Set.of("intake", "coordinator");
  static final Set<String> EVERYONE =
      Set.of(
          "huisarts",
          "poh",
          "assistent",
          "praktijkmanager",
          "intake",
          "coordinator",
          "redactie",
          "beheer");
  static final Set<String> OPENERS =
      Set.of("huisarts", "poh", "assistent", "praktijkmanager", "redactie", "beheer");
  static final String PERIOD = "from=2026-01-01&to=2026-06-30";
  static final String EMPTY_PERIOD = "from=2000-01-01&to=2000-01-02";

  /** Operation ("METHOD /path", query added for calls that need one) to the users allowed. */
  static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  /** Operations for people who are not logged in (a forgotten password). */
  static final Set<String> ANONYMOUS = new TreeSet<>();

  static {
    allow("GET /api/accounts", Set.of("beheer"));
    allow("POST /api/accounts", Set.of("beheer"));
    allow("GET /api/accounts/{id}", Set.of("beheer"));
    allow("GET /api/account-audit", Set.of("beheer"));
    allow("GET /api/mail/outbox", Set.of("beheer"));
    allow("POST /api/mail/outbox/{id}/retry", Set.of("beheer"));
    allow("PUT /api/accounts/{id}", Set.of("beheer"));
    allow("POST /api/accounts/{id}/activate", Set.of("beheer"));
    allow("POST /api/accounts/{id}/deactivate", Set.of("beheer"));
    allow("POST /api/accounts/{id}/password-reset", Set.of("beheer"));
    allow("POST /api/accounts/{id}/two-factor-reset", Set.of("beheer"));
    allow("GET /api/accreditation/accreditations", Set.of("redactie", "beheer"));
    allow("POST /api/accreditation/accreditations", Set.of("redactie", "beheer"));
    allow("DELETE /api/accreditation/accreditations/{id}", Set.of("redactie", "beheer"));
    allow("PUT /api/accreditation/accreditations/{id}", Set.of("redactie", "beheer"));
    allow(
        "POST /api/accreditation/export?registry=ABC1&" + EMPTY_PERIOD,
        Set.of("redactie", "beheer"));
    allow("POST /api/accreditation/records/{id}/rejected", Set.of("redactie", "beheer"));
    allow("POST /api/accreditation/records/{id}/reopen", Set.of("redactie", "beheer"));
    allow("GET /api/accreditation/registries", EVERYONE);
    allow("GET /api/api-clients", Set.of("coordinator"));
    allow("POST /api/api-clients", Set.of("coordinator"));
    allow("DELETE /api/api-clients/{id}", Set.of("coordinator"));
    allow("POST /api/cards", PRACTICE);
    allow("GET /api/cards/locations", PRACTICE);
    allow("POST /api/cards/preview", PRACTICE);
    allow("POST /api/cards/stacks", PRACTICE);
    allow("GET /api/catalogue", EVERYONE);
    allow("GET /api/catalogue/{id}", EVERYONE);
    allow("GET /api/catalogue/{id}/download", EVERYONE);
    allow("GET /api/catalogue/{id}/preview", EVERYONE);
    allow("GET /api/certificates", union(PRACTICE, Set.of("beheer")));
    allow("GET /api/certificates/{code}", union(PRACTICE, Set.of("beheer")));
    allow("GET /api/certificates/{code}/pdf", union(PRACTICE, Set.of("beheer")));
    allow("GET /api/certificates/{code}/verification", EVERYONE);
    allow("GET /api/fhir/Task", GEMEENTE);
    allow("GET /api/fhir/Task/{id}", GEMEENTE);
    allow("PATCH /api/fhir/Task/{id}", GEMEENTE);
    allow("PUT /api/fhir/Task/{id}", GEMEENTE);
    allow("GET /api/fhir/metadata", EVERYONE);
    allow("GET /api/fhir/Subscription", Set.of("coordinator"));
    allow("POST /api/fhir/Subscription", Set.of("coordinator"));
    allow("GET /api/fhir/Subscription/{id}", Set.of("coordinator"));
    allow("DELETE /api/fhir/Subscription/{id}", Set.of("coordinator"));
    allow("GET /api/gemeenten", EVERYONE);
    allow("POST /api/gemeenten", Set.of("beheer"));
    allow("GET /api/gemeenten/{id}", EVERYONE);
    allow("PUT /api/gemeenten/{id}", Set.of("beheer"));
    allow("GET /api/gemeenten/{id}/sociale-kaart", union(PRACTICE, GEMEENTE));
    allow("POST /api/gemeenten/{id}/sociale-kaart", Set.of("coordinator"));
    allow("PUT /api/gemeenten/{id}/sociale-kaart/{placeId}", Set.of("coordinator"));
    allow("POST /api/gemeenten/{id}/sociale-kaart/{placeId}/checked", Set.of("coordinator"));
    allow("POST /api/gemeenten/{id}/sociale-kaart/{placeId}/move", Set.of("coordinator"));
    allow("GET /api/intake/referrals", GEMEENTE);
    allow("POST /api/intake/referrals", GEMEENTE);
    allow("GET /api/intake/referrals/consent-text", GEMEENTE);
    allow("GET /api/kits", Set.of("coordinator"));
    allow("POST /api/kits", Set.of("coordinator"));
    allow("DELETE /api/kits/{id}", Set.of("coordinator"));
    allow("GET /api/kits/{id}", Set.of("coordinator"));
    allow("PUT /api/kits/{id}", Set.of("coordinator"));
    allow("POST /api/kits/{id}/distribute", Set.of("coordinator"));
    allow("POST /api/kits/{id}/sent", Set.of("coordinator"));
    allow("GET /api/kits/{id}/shipments", Set.of("coordinator"));
    allow("GET /api/me", EVERYONE);
    allow("PUT /api/me", EVERYONE);
    allow("POST /api/me/password", EVERYONE);
    allow("GET /api/me/mail-settings", EVERYONE);
    allow("PUT /api/me/mail-settings", EVERYONE);
    allowAnonymous("POST /api/password-reset");
    allowAnonymous("POST /api/password-reset/confirm");
    allow("GET /api/me/two-factor", EVERYONE);
    allow("POST /api/me/two-factor", EVERYONE);
    allow("DELETE /api/me/two-factor", EVERYONE);
    allow("POST /api/me/two-factor/confirm", EVERYONE);
    allow("GET /api/modules", PRACTICE);
    allow("GET /api/modules/{id}", PRACTICE);
    allow("POST /api/modules/{id}/attempts", PRACTICE);
    allow("GET /api/modules/{id}/attempts/{attemptId}", PRACTICE);
    allow("POST /api/modules/{id}/attempts/{attemptId}/answers", PRACTICE);
    allow("POST /api/modules/{id}/attempts/{attemptId}/submit", PRACTICE);
    allow("GET /api/modules/{id}/lessons/{lessonId}", PRACTICE);
    allow("POST /api/modules/{id}/lessons/{lessonId}/open", PRACTICE);
    allow("POST /api/modules/{id}/lessons/{lessonId}/progress", PRACTICE);
    allow("GET /api/modules/{id}/media/{name}", PRACTICE);
    allow("POST /api/modules/{id}/restart", PRACTICE);
    allow("GET /api/monitoring/dashboard?" + PERIOD, Set.of("coordinator"));
    allow("GET /api/monitoring/funnel?" + PERIOD, Set.of("coordinator"));
    allow("GET /api/monitoring/gemeenten?" + PERIOD, Set.of("beheer"));
    allow("GET /api/monitoring/practice?" + PERIOD, Set.of("huisarts", "praktijkmanager"));
    allow("GET /api/monitoring/report?period=2026H1&format=csv", Set.of("coordinator"));
    allow("GET /api/openers", OPENERS);
    allow("GET /api/openers/signalenkaart", OPENERS);
    allow("GET /api/openers/zakkaart?ids=medicatie-ligt-nog-bij-apotheek", OPENERS);
    allow("GET /api/openers/{id}", OPENERS);
    allow("DELETE /api/openers/{id}/favourite", OPENERS);
    allow("PUT /api/openers/{id}/favourite", OPENERS);
    allow(
        "GET /api/praatplaat",
        Set.of("huisarts", "poh", "assistent", "praktijkmanager", "intake", "coordinator"));
    // Practices are known to everyone who works with them; redactie does not.
    allow("GET /api/praktijken", union(union(PRACTICE, GEMEENTE), Set.of("beheer")));
    allow("POST /api/praktijken", Set.of("beheer"));
    allow("GET /api/praktijken/{id}", union(union(PRACTICE, GEMEENTE), Set.of("beheer")));
    allow("PUT /api/praktijken/{id}", Set.of("beheer"));
    allow("GET /api/praktijken/contacten", Set.of("coordinator"));
    allow("PUT /api/praktijken/{id}/contact", Set.of("coordinator"));
    allow("POST /api/praktijken/{id}/contact/verified", Set.of("coordinator"));
    allow("GET /api/praktijken/{id}/training", Set.of("praktijkmanager", "beheer"));
    allow("GET /api/praktijken/{id}/training/csv", Set.of("praktijkmanager", "beheer"));
    allow("GET /api/praktijken/{praktijkId}/team", Set.of("praktijkmanager", "beheer"));
    allow("POST /api/praktijken/{praktijkId}/team", Set.of("praktijkmanager", "beheer"));
    allow("PUT /api/praktijken/{praktijkId}/team/{accountId}", Set.of("praktijkmanager", "beheer"));
    allow(
        "POST /api/praktijken/{praktijkId}/team/{accountId}/activate",
        Set.of("praktijkmanager", "beheer"));
    allow(
        "POST /api/praktijken/{praktijkId}/team/{accountId}/deactivate",
        Set.of("praktijkmanager", "beheer"));
    allow("GET /api/referrals", PRACTICE);
    allow("POST /api/referrals", PRACTICE);
    allow("GET /api/referrals/{id}", union(PRACTICE, GEMEENTE));
    allow("POST /api/referrals/{id}/assign", GEMEENTE);
    allow("GET /api/referrals/{id}/audit", GEMEENTE);
    allow("POST /api/referrals/{id}/contact-attempts", GEMEENTE);
    allow("POST /api/referrals/{id}/erase", Set.of("coordinator"));
    allow("GET /api/referrals/{id}/export", Set.of("coordinator"));
    allow("POST /api/referrals/{id}/feedback", GEMEENTE);
    allow("POST /api/referrals/{id}/letter", GEMEENTE);
    allow("POST /api/referrals/{id}/status", GEMEENTE);
    allow("POST /api/referrals/{id}/transfer", GEMEENTE);
    allow("POST /api/referrals/{id}/withdraw", PRACTICE);
    allow("GET /api/restock-requests", Set.of("coordinator"));
    allow("POST /api/restock-requests", PRACTICE);
    allow("GET /api/restock-requests/mine", PRACTICE);
    allow("POST /api/restock-requests/{id}/approve", Set.of("coordinator"));
    allow("POST /api/restock-requests/{id}/decline", Set.of("coordinator"));
    allow("GET /api/screen", PRACTICE);
    allow("POST /api/screen/renew", Set.of("praktijkmanager"));
    allow("GET /api/shipments", Set.of("coordinator"));
    allow("GET /api/shipments/mine", PRACTICE);
    allow("POST /api/shipments/{id}/cancel", Set.of("coordinator"));
    allow("POST /api/shipments/{id}/received", PRACTICE);
    allow("POST /api/shipments/{id}/sent", Set.of("coordinator"));
    allow("GET /api/stock", Set.of("coordinator"));
    allow("PUT /api/stock/{itemId}/{variant}", Set.of("coordinator"));
    allow("GET /api/xapi/statements?" + PERIOD, Set.of("beheer"));
    allow("GET /api/xapi/statements/mine", PRACTICE);
  }

  static Map<String, Pages> sessions = new LinkedHashMap<>();

  @BeforeAll
  static void logIn() {
    EVERYONE.forEach(user -> sessions.put(user, Pages.loggedInAs(user)));
  }

  @Test
  void everyDocumentedOperationIsListed() {
    JsonObject paths =
        Json.createReader(new StringReader(Api.anonymous().getText("/openapi?format=JSON").body()))
            .readObject()
            .getJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
    Set<String> listed = new TreeSet<>();
    ALLOWED.keySet().forEach(key -> listed.add(key.replaceFirst("\\?.*", "")));
    assertThat(listed)
        .as("the table in this test lists every operation in /openapi, and nothing else")
        .isEqualTo(documented);
  }

  @Test
  void onlyTheListedRolesGetThrough() {
    List<String> wrong = new ArrayList<>();
    ALLOWED.forEach(
        (operation, allowed) -> {
          String method = operation.substring(0, operation.indexOf(' '));
          String path =
              operation
                  .substring(operation.indexOf(' ') + 1)
                  .replaceAll("\\{(id|attemptId|accountId|praktijkId)\\}", "999999999")
                  .replaceAll("\\{[a-zA-Z]+\\}", "bestaat-niet");
          boolean concrete = !operation.contains("{");
          for (String user : EVERYONE) {
            boolean may = allowed.contains(user);
            if (may && (!concrete || !method.equals("GET"))) {
              continue; // no side effects: allowed users only read, and only concrete things
            }
            HttpResponse<String> answer =
                sessions.get(user).call(method, path, method.equals("GET") ? null : "{}");
            int status = answer.statusCode();
            boolean ok = may ? status / 100 == 2 : status / 100 == 4;
            if (!ok) {
              wrong.add(user + " " + method + " " + path + " -> " + status);
            }
          }
          HttpResponse<String> anonymous =
              Pages.anonymous().call(method, path, method.equals("GET") ? null : "{}");
          if (ANONYMOUS.contains(operation)
              ? anonymous.statusCode() / 100 != 4
              : anonymous.statusCode() != 401) {
            wrong.add("anonymous " + method + " " + path + " -> " + anonymous.statusCode());
          }
        });
    assertThat(wrong).isEmpty();
  }

  /**
   * The demo users who may use an operation ("METHOD /path" as in /openapi), for other tests that
   * go through every operation; empty when the operation is not listed.
   */
  public static Set<String> allowedUsers(String operation) {
    return ALLOWED.entrySet().stream()
        .filter(e -> e.getKey().replaceFirst("\\?.*", "").equals(operation))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(Set.of());
  }

  private static void allowAnonymous(String operation) {
    allow(operation, EVERYONE);
    ANONYMOUS.add(operation);
  }

  private static void allow(String operation, Set<String> users) {
    ALLOWED.put(operation, users);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
