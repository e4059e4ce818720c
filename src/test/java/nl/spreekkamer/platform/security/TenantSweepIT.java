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
import nl.spreekkamer.testing.ApiOperations;
import nl.spreekkamer.testing.ApiOperations.Operation;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant A (Lindewaard with its practices De Linde and Het Anker) reaching for tenant B's things:
 * every operation with a path parameter, called by every user of tenant A with real ids of a fresh
 * gemeente B, answers 403 or 404 (never 2xx or 5xx), and B's things are unchanged afterwards. The
 * table must name every operation with a path parameter that /openapi documents: a new one fails
 * this test until it says which of B's ids go in, or why the operation has no tenant.
 */
class TenantSweepIT {
  static final List<String> TENANT_A =
      List.of(
          "huisarts", "poh", "assistent", "praktijkmanager", "h.bakker", "intake", "coordinator");

  /** Kinds of ids owned by tenant B. */
  enum Owned {
    ACCOUNT,
    API_CLIENT,
    ATTEMPT,
    GEMEENTE,
    HELP_PLACE,
    KIT,
    MODULE,
    PRAKTIJK,
    REFERRAL,
    RESTOCK,
    SHIPMENT,
    SUBSCRIPTION
  }

  /** Operation to the kind of B's id for each path parameter, in the order of the path. */
  static final Map<String, List<Owned>> SWEEP = new LinkedHashMap<>();

  /** Operations with path parameters that name no tenant's data, and why. */
  static final Map<String, String> NOT_TENANT = new LinkedHashMap<>();

  /** Operations tenant A may use on B's ids by design, and why. */
  static final Map<String, String> SHARED = new LinkedHashMap<>();

  static {
    sweep("GET /api/accounts/{id}", Owned.ACCOUNT);
    sweep("PUT /api/accounts/{id}", Owned.ACCOUNT);
    sweep("POST /api/accounts/{id}/activate", Owned.ACCOUNT);
    sweep("POST /api/accounts/{id}/deactivate", Owned.ACCOUNT);
    sweep("POST /api/accounts/{id}/password-reset", Owned.ACCOUNT);
    sweep("POST /api/accounts/{id}/two-factor-reset", Owned.ACCOUNT);
    sweep("DELETE /api/api-clients/{id}", Owned.API_CLIENT);
    sweep("GET /api/fhir/Task/{id}", Owned.REFERRAL);
    sweep("PATCH /api/fhir/Task/{id}", Owned.REFERRAL);
    sweep("PUT /api/fhir/Task/{id}", Owned.REFERRAL);
    sweep("GET /api/fhir/Subscription/{id}", Owned.SUBSCRIPTION);
    sweep("DELETE /api/fhir/Subscription/{id}", Owned.SUBSCRIPTION);
    sweep("PUT /api/gemeenten/{id}", Owned.GEMEENTE);
    sweep("PUT /api/praktijken/{id}/contact", Owned.PRAKTIJK);
    sweep("POST /api/praktijken/{id}/contact/verified", Owned.PRAKTIJK);
    sweep("GET /api/gemeenten/{id}/sociale-kaart", Owned.GEMEENTE);
    sweep("POST /api/gemeenten/{id}/sociale-kaart", Owned.GEMEENTE);
    sweep("PUT /api/gemeenten/{id}/sociale-kaart/{placeId}", Owned.GEMEENTE, Owned.HELP_PLACE);
    sweep(
        "POST /api/gemeenten/{id}/sociale-kaart/{placeId}/checked",
        Owned.GEMEENTE,
        Owned.HELP_PLACE);
    sweep(
        "POST /api/gemeenten/{id}/sociale-kaart/{placeId}/move", Owned.GEMEENTE, Owned.HELP_PLACE);
    sweep("GET /api/kits/{id}", Owned.KIT);
    sweep("PUT /api/kits/{id}", Owned.KIT);
    sweep("DELETE /api/kits/{id}", Owned.KIT);
    sweep("POST /api/kits/{id}/distribute", Owned.KIT);
    sweep("POST /api/kits/{id}/sent", Owned.KIT);
    sweep("GET /api/kits/{id}/shipments", Owned.KIT);
    sweep("GET /api/modules/{id}/attempts/{attemptId}", Owned.MODULE, Owned.ATTEMPT);
    sweep("POST /api/modules/{id}/attempts/{attemptId}/answers", Owned.MODULE, Owned.ATTEMPT);
    sweep("POST /api/modules/{id}/attempts/{attemptId}/submit", Owned.MODULE, Owned.ATTEMPT);
    sweep("PUT /api/praktijken/{id}", Owned.PRAKTIJK);
    sweep("GET /api/praktijken/{id}/training", Owned.PRAKTIJK);
    sweep("GET /api/praktijken/{id}/training/csv", Owned.PRAKTIJK);
    sweep("GET /api/praktijken/{praktijkId}/team", Owned.PRAKTIJK);
    sweep("POST /api/praktijken/{praktijkId}/team", Owned.PRAKTIJK);
    sweep("PUT /api/praktijken/{praktijkId}/team/{accountId}", Owned.PRAKTIJK, Owned.ACCOUNT);
    sweep(
        "POST /api/praktijken/{praktijkId}/team/{accountId}/activate",
        Owned.PRAKTIJK,
        Owned.ACCOUNT);
    sweep(
        "POST /api/praktijken/{praktijkId}/team/{accountId}/deactivate",
        Owned.PRAKTIJK,
        Owned.ACCOUNT);
    sweep("GET /api/referrals/{id}", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/assign", Owned.REFERRAL);
    sweep("GET /api/referrals/{id}/audit", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/contact-attempts", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/erase", Owned.REFERRAL);
    sweep("GET /api/referrals/{id}/export", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/feedback", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/letter", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/status", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/transfer", Owned.REFERRAL);
    sweep("POST /api/referrals/{id}/withdraw", Owned.REFERRAL);
    sweep("POST /api/restock-requests/{id}/approve", Owned.RESTOCK);
    sweep("POST /api/restock-requests/{id}/decline", Owned.RESTOCK);
    sweep("POST /api/shipments/{id}/cancel", Owned.SHIPMENT);
    sweep("POST /api/shipments/{id}/received", Owned.SHIPMENT);
    sweep("POST /api/shipments/{id}/sent", Owned.SHIPMENT);

    String content = "content shared by every tenant (files in content/), no tenant's data";
    NOT_TENANT.put(
        "POST /api/mail/outbox/{id}/retry", "the platform's outbox, for beheer only (no tenant)");
    NOT_TENANT.put("GET /api/catalogue/{id}", content);
    NOT_TENANT.put("GET /api/catalogue/{id}/download", content);
    NOT_TENANT.put("GET /api/catalogue/{id}/preview", content);
    NOT_TENANT.put("GET /api/modules/{id}", content + "; progress is the caller's own");
    NOT_TENANT.put("GET /api/modules/{id}/lessons/{lessonId}", content);
    NOT_TENANT.put("POST /api/modules/{id}/lessons/{lessonId}/open", "the caller's own");
    NOT_TENANT.put("POST /api/modules/{id}/lessons/{lessonId}/progress", "the caller's own");
    NOT_TENANT.put("GET /api/modules/{id}/media/{name}", content);
    NOT_TENANT.put("POST /api/modules/{id}/restart", "the caller's own enrolment");
    NOT_TENANT.put("POST /api/modules/{id}/attempts", "starts the caller's own attempt");
    NOT_TENANT.put("GET /api/openers/{id}", content);
    NOT_TENANT.put("PUT /api/openers/{id}/favourite", "the caller's own favourites");
    NOT_TENANT.put("DELETE /api/openers/{id}/favourite", "the caller's own favourites");
    NOT_TENANT.put("PUT /api/stock/{itemId}/{variant}", "the caller's own gemeente's stock");
    NOT_TENANT.put(
        "DELETE /api/accreditation/accreditations/{id}", "platform-wide (redactie, beheer)");
    NOT_TENANT.put(
        "PUT /api/accreditation/accreditations/{id}", "platform-wide (redactie, beheer)");
    NOT_TENANT.put(
        "POST /api/accreditation/records/{id}/rejected", "platform-wide (redactie, beheer)");
    NOT_TENANT.put(
        "POST /api/accreditation/records/{id}/reopen", "platform-wide (redactie, beheer)");
    NOT_TENANT.put(
        "GET /api/certificates/{code}",
        "the caller's own or their team's; covered by LearningApiIT (praktijkmanager-b gets 404)");
    NOT_TENANT.put("GET /api/certificates/{code}/pdf", "as GET /api/certificates/{code}");
    NOT_TENANT.put("GET /api/certificates/{code}/verification", "public verification by design");

    SHARED.put(
        "GET /api/gemeenten/{id}",
        "a gemeente's meldpunt and locations are public: practices print them for patients");
    SHARED.put(
        "GET /api/praktijken/{id}",
        "practices are known to everyone who works with them (EndpointTableIT); intake workers"
            + " see the practice of a patient who moved in");
  }

  static NewGemeente b;
  static final Map<Owned, String> IDS = new LinkedHashMap<>();
  static final Map<String, Pages> SESSIONS = new LinkedHashMap<>();

  @BeforeAll
  static void tenantB() {
    b = NewGemeente.create();
    String poster = "poster-ziek-van-geldzorgen";
    check(b.coordinator().put("/api/stock/" + poster + "/nl-A3", "{\"quantity\":20}"), 200);
    String kit =
        id(
            check(
                b.coordinator()
                    .post(
                        "/api/kits",
                        "{\"name\":\"Kit B\",\"lines\":[{\"itemId\":\""
                            + poster
                            + "\",\"variant\":\"nl-A3\",\"quantity\":1}]}"),
                201));
    check(b.coordinator().post("/api/kits/" + kit + "/distribute", "{}"), 200);
    IDS.put(Owned.KIT, kit);
    IDS.put(
        Owned.SHIPMENT,
        String.valueOf(
            b.coordinator()
                .get("/api/kits/" + kit + "/shipments")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue()));
    IDS.put(
        Owned.RESTOCK,
        id(
            check(
                b.assistant()
                    .post(
                        "/api/restock-requests",
                        "{\"itemId\":\"" + poster + "\",\"variant\":\"nl-A3\",\"quantity\":2}"),
                201)));
    IDS.put(
        Owned.API_CLIENT,
        String.valueOf(
            check(b.coordinator().post("/api/api-clients", "{\"name\":\"Zaaksysteem B\"}"), 201)
                .json()
                .getJsonNumber("id")
                .longValue()));
    IDS.put(
        Owned.SUBSCRIPTION,
        check(
                b.coordinator()
                    .send(
                        "POST",
                        "/api/fhir/Subscription",
                        "application/fhir+json",
                        "{\"resourceType\": \"Subscription\", \"status\": \"requested\","
                            + " \"reason\": \"B\", \"criteria\": \"Task\", \"channel\":"
                            + " {\"type\": \"rest-hook\", \"endpoint\":"
                            + " \"https://zaak-b.example/hook\"}}"),
                201)
            .json()
            .getString("id"));
    IDS.put(
        Owned.REFERRAL,
        id(
            check(
                b.assistant()
                    .post(
                        "/api/referrals",
                        """
                        {"patientName":"Patiënt B","phone":"06 12 34 56 78",
                         "category":"RENT_OR_MORTGAGE","urgency":["EVICTION"],
                         "consent":{"share":true,"feedback":false,"textVersion":"2026-11-1"}}
                        """),
                201)));
    IDS.put(Owned.ACCOUNT, id(b.assistant().get("/api/me")));
    IDS.put(Owned.PRAKTIJK, String.valueOf(b.praktijk1()));
    IDS.put(Owned.GEMEENTE, String.valueOf(b.id()));
    IDS.put(
        Owned.HELP_PLACE,
        id(
            check(
                b.coordinator()
                    .post(
                        "/api/gemeenten/" + b.id() + "/sociale-kaart",
                        """
                        {"kind":"FOOD_BANK","name":"Voedselbank B","phone":"0580 12 34 56"}
                        """),
                201)));
    String module = b.assistant().get("/api/modules").array().getJsonObject(0).getString("id");
    IDS.put(Owned.MODULE, module);
    IDS.put(
        Owned.ATTEMPT,
        id(check(b.assistant().post("/api/modules/" + module + "/attempts", "{}"), 201)));
    TENANT_A.forEach(user -> SESSIONS.put(user, Pages.loggedInAs(user)));
  }

  @Test
  void everyOperationWithAPathParameterIsInTheTable() {
    Set<String> documented = new TreeSet<>();
    ApiOperations.all().stream()
        .filter(op -> !op.pathParams().isEmpty())
        .forEach(op -> documented.add(op.key()));
    Set<String> listed = new TreeSet<>(SWEEP.keySet());
    listed.addAll(NOT_TENANT.keySet());
    listed.addAll(SHARED.keySet());
    assertThat(listed)
        .as("SWEEP, NOT_TENANT and SHARED name every operation with a path parameter, once")
        .isEqualTo(documented)
        .hasSize(SWEEP.size() + NOT_TENANT.size() + SHARED.size());
  }

  @Test
  void tenantAGetsNothingOfTenantB() {
    Map<String, String> before = snapshot();
    List<String> wrong = new ArrayList<>();
    for (Operation op : ApiOperations.all()) {
      List<Owned> owned = SWEEP.get(op.key());
      if (owned == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      List<String> names = new ArrayList<>(op.pathParams().keySet());
      names.sort((x, y) -> op.path().indexOf("{" + x + "}") - op.path().indexOf("{" + y + "}"));
      for (int i = 0; i < names.size(); i++) {
        values.put(names.get(i), IDS.get(owned.get(i)));
      }
      String path = op.pathWith(values);
      String body = op.method().equals("POST") || op.method().equals("PUT") ? bodyFor(op) : null;
      for (String user : TENANT_A) {
        HttpResponse<String> answer = SESSIONS.get(user).call(op.method(), path, body);
        int status = answer.statusCode();
        if (status != 403 && status != 404) {
          wrong.add(user + " " + op.method() + " " + path + " -> " + status + " " + answer.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(snapshot()).as("tenant B's things after the sweep").isEqualTo(before);
  }

  @Test
  void sharedOperationsShowOnlyPublicData() {
    for (String user : TENANT_A) {
      HttpResponse<String> gemeente =
          SESSIONS.get(user).call("GET", "/api/gemeenten/" + IDS.get(Owned.GEMEENTE), null);
      assertThat(gemeente.statusCode()).as(user).isEqualTo(200);
    }
  }

  /** A body that passes validation, so only the tenant check can refuse the call. */
  private static String bodyFor(Operation op) {
    String path = op.path();
    if (path.endsWith("/status")) {
      return "{\"status\":\"IN_BEHANDELING\",\"version\":0}";
    }
    if (path.endsWith("/assign") || path.endsWith("/withdraw")) {
      return "{\"version\":0}";
    }
    if (path.endsWith("/transfer")) {
      return "{\"gemeenteId\":" + IDS.get(Owned.GEMEENTE) + ",\"version\":0}";
    }
    if (path.endsWith("/contact-attempts")) {
      return "{\"channel\":\"PHONE\",\"result\":\"NO_ANSWER\"}";
    }
    if (path.endsWith("/feedback")) {
      return "{\"text\":\"Gesproken\",\"version\":0}";
    }
    if (path.endsWith("/letter")) {
      return "{\"appointmentAt\":\"2026-12-03T10:30\",\"place\":\"Meldpunt\","
          + "\"contact1\":\"A\",\"contact2\":\"B\",\"language\":\"nl\"}";
    }
    if (path.endsWith("/decline")) {
      return "{\"reason\":\"Nee\"}";
    }
    if (path.endsWith("/answers")) {
      return "{\"questionId\":\"q1\",\"options\":[\"a\"]}";
    }
    if (path.startsWith("/api/kits/{id}") && op.method().equals("PUT")) {
      return "{\"version\":0,\"name\":\"Overgenomen\"}";
    }
    if (path.contains("/team") || path.startsWith("/api/accounts")) {
      return "{\"username\":\"overname\",\"displayName\":\"Overname\","
          + "\"email\":\"overname@test.example\",\"roles\":[\"POH\"],\"version\":0}";
    }
    if (path.endsWith("/contact")) {
      return "{\"name\":\"Overname\",\"phone\":\"0580 11 22 33\","
          + "\"email\":\"x@x.example\",\"version\":0}";
    }
    if (path.endsWith("/checked") || path.endsWith("/verified")) {
      return "{\"version\":0}";
    }
    if (path.endsWith("/move")) {
      return "{\"by\":1}";
    }
    if (path.contains("/sociale-kaart")) {
      return "{\"kind\":\"OTHER\",\"name\":\"Overname\",\"phone\":\"0580 11 22 33\",\"version\":0}";
    }
    if (path.startsWith("/api/praktijken")) {
      return "{\"name\":\"Overname\",\"agbCode\":\"01099009\",\"street\":\"Straat 1\","
          + "\"postcode\":\"1234 AB\",\"city\":\"X\",\"gemeenteId\":1,"
          + "\"feedbackEmail\":\"x@x.example\",\"version\":0}";
    }
    return "{}";
  }

  /** B's things as B sees them. */
  private static Map<String, String> snapshot() {
    Api beheer = Api.as("beheer");
    Map<String, String> things = new LinkedHashMap<>();
    things.put("referral", b.assistant().get("/api/referrals/" + IDS.get(Owned.REFERRAL)).body());
    things.put("kit", b.coordinator().get("/api/kits/" + IDS.get(Owned.KIT)).body());
    things.put(
        "shipments", b.coordinator().get("/api/kits/" + IDS.get(Owned.KIT) + "/shipments").body());
    things.put("restocks", b.coordinator().get("/api/restock-requests").body());
    things.put("api-clients", b.coordinator().get("/api/api-clients").body());
    things.put("team", beheer.get("/api/praktijken/" + IDS.get(Owned.PRAKTIJK) + "/team").body());
    things.put("account", beheer.get("/api/accounts/" + IDS.get(Owned.ACCOUNT)).body());
    things.put("gemeente", beheer.get("/api/gemeenten/" + IDS.get(Owned.GEMEENTE)).body());
    things.put(
        "social map",
        b.coordinator().get("/api/gemeenten/" + IDS.get(Owned.GEMEENTE) + "/sociale-kaart").body());
    things.put("praktijk", beheer.get("/api/praktijken/" + IDS.get(Owned.PRAKTIJK)).body());
    things.put(
        "attempt",
        b.assistant()
            .get("/api/modules/" + IDS.get(Owned.MODULE) + "/attempts/" + IDS.get(Owned.ATTEMPT))
            .body());
    return things;
  }

  private static void sweep(String operation, Owned... owned) {
    SWEEP.put(operation, List.of(owned));
  }

  private static Api.Reply check(Api.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("Setting up tenant B failed: " + reply);
    }
    return reply;
  }

  private static String id(Api.Reply reply) {
    JsonObject object = Json.createReader(new StringReader(reply.body())).readObject();
    JsonObject inner = object.containsKey("id") ? object : object.getJsonObject("account");
    return String.valueOf(inner.getJsonNumber("id").longValue());
  }
}
