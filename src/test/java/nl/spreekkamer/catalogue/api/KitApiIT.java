package nl.spreekkamer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kits, stock and shipments through the real API, each test in a gemeente of its own: a coordinator
 * distributes to the own practices only, stock is taken all or nothing, a practice confirms
 * receipt, and re-stock requests are decided.
 */
class KitApiIT {
  static final String POSTER = "poster-ziek-van-geldzorgen";
  static final String FOLDER = "folder-meldpunt";

  NewGemeente a;

  @BeforeEach
  void newGemeente() {
    a = NewGemeente.create();
  }

  @Test
  void coordinatorDistributesToTheOwnPracticesAndAPracticeConfirmsReceipt() {
    count(POSTER, "nl-A3", 10);
    count(FOLDER, "nl", 100);
    long kit = createKit(2, 25);
    long otherGemeentesPraktijk = praktijkOf("praktijkmanager-b");

    Api.Reply foreign =
        a.coordinator()
            .post(
                "/api/kits/" + kit + "/distribute",
                "{\"praktijkIds\":[" + a.praktijk1() + "," + otherGemeentesPraktijk + "]}");
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
    assertThat(field(foreign)).isEqualTo("praktijkIds");
    assertThat(foreign.json().toString()).contains(String.valueOf(otherGemeentesPraktijk));
    assertThat(stock(POSTER, "nl-A3")).isEqualTo(10);
    assertThat(a.coordinator().get("/api/kits/" + kit + "/shipments").array()).isEmpty();

    Api.Reply distributed = a.coordinator().post("/api/kits/" + kit + "/distribute", "{}");
    assertThat(distributed.status()).as(distributed.toString()).isEqualTo(200);
    assertThat(distributed.json().getInt("planned")).isEqualTo(2);
    assertThat(stock(POSTER, "nl-A3")).isEqualTo(6);
    assertThat(stock(FOLDER, "nl")).isEqualTo(50);
    JsonArray shipments = a.coordinator().get("/api/kits/" + kit + "/shipments").array();
    assertThat(
            shipments.stream().map(s -> s.asJsonObject().getJsonNumber("praktijkId").longValue()))
        .containsExactlyInAnyOrder(a.praktijk1(), a.praktijk2());
    assertThat(shipments.stream().map(s -> s.asJsonObject().getJsonArray("lines").size()))
        .as("every shipment carries the kit's two lines")
        .containsExactly(2, 2);
    assertThat(a.coordinator().post("/api/kits/" + kit + "/distribute", "{}").status())
        .isEqualTo(409);

    JsonArray mine = a.assistant().get("/api/shipments/mine").array();
    assertThat(mine).hasSize(1);
    JsonObject shipment = mine.getJsonObject(0);
    assertThat(shipment.getString("status")).isEqualTo("PLANNED");
    assertThat(shipment.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(2);
    long id = shipment.getJsonNumber("id").longValue();
    assertThat(Api.as("assistent").post("/api/shipments/" + id + "/received", null).status())
        .isEqualTo(404);
    Api.Reply received = a.assistant().post("/api/shipments/" + id + "/received", null);
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().getString("status")).isEqualTo("RECEIVED");
    assertThat(a.assistant().post("/api/shipments/" + id + "/received", null).status())
        .isEqualTo(409);
    JsonObject counts = a.coordinator().get("/api/kits/" + kit).json().getJsonObject("shipments");
    assertThat(counts.getInt("RECEIVED")).isEqualTo(1);
    assertThat(counts.getInt("PLANNED")).isEqualTo(1);

    assertThat(a.coordinator().post("/api/kits/" + kit + "/sent", null).json().getInt("sent"))
        .isEqualTo(1);
    assertThat(
            a.coordinator()
                .put("/api/kits/" + kit, "{\"version\":0,\"name\":\"Anders\",\"lines\":[]}")
                .status())
        .isIn(409);
    assertThat(a.coordinator().delete("/api/kits/" + kit).status()).isEqualTo(409);
  }

  @Test
  void stockShortageIsA409WithAMessageAndNothingGoesOut() {
    count(POSTER, "nl-A3", 3);
    count(FOLDER, "nl", 100);
    long kit = createKit(2, 10);

    Api.Reply refused = a.coordinator().post("/api/kits/" + kit + "/distribute", null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    String message = refused.json().getString("detail");
    assertThat(message).contains("voorraad").contains(POSTER).contains("nodig 4, op voorraad 3");
    assertThat(stock(POSTER, "nl-A3")).isEqualTo(3);
    assertThat(stock(FOLDER, "nl")).isEqualTo(100);
    assertThat(a.coordinator().get("/api/kits/" + kit + "/shipments").array()).isEmpty();
    assertThat(a.coordinator().get("/api/kits/" + kit).json().getBoolean("draft")).isTrue();
  }

  @Test
  void otherGemeentesAndOtherRolesCannotSeeOrTouchTheKits() {
    long kit = createKit(1, 1);
    assertThat(Api.as("coordinator").get("/api/kits/" + kit).status()).isEqualTo(404);
    assertThat(Api.as("coordinator").post("/api/kits/" + kit + "/distribute", "{}").status())
        .isEqualTo(404);
    assertThat(
            Api.as("coordinator").get("/api/kits").array().stream()
                .map(k -> k.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(kit);
    assertThat(Api.as("intake").get("/api/kits").status()).isEqualTo(403);
    assertThat(Api.as("praktijkmanager").get("/api/kits").status()).isEqualTo(403);
    assertThat(Api.as("beheer").get("/api/stock").status()).isEqualTo(403);
    assertThat(a.assistant().get("/api/shipments").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/kits").status()).isEqualTo(401);
  }

  @Test
  void aPracticeAsksForMoreAndTheCoordinatorDecides() {
    count(FOLDER, "nl", 30);
    Api.Reply asked =
        a.assistant()
            .post(
                "/api/restock-requests",
                "{\"itemId\":\""
                    + FOLDER
                    + "\",\"variant\":\"nl\",\"quantity\":20,\"note\":\"Op\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long first = asked.json().getJsonNumber("id").longValue();
    long second =
        a.assistant()
            .post(
                "/api/restock-requests",
                "{\"itemId\":\"" + FOLDER + "\",\"variant\":\"nl\",\"quantity\":20}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            Api.as("coordinator")
                .post("/api/restock-requests/" + first + "/approve", null)
                .status())
        .isEqualTo(404);

    Api.Reply approved = a.coordinator().post("/api/restock-requests/" + first + "/approve", null);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    assertThat(stock(FOLDER, "nl")).isEqualTo(10);
    assertThat(a.assistant().get("/api/shipments/mine").array()).hasSize(1);

    Api.Reply short_ = a.coordinator().post("/api/restock-requests/" + second + "/approve", null);
    assertThat(short_.status()).isEqualTo(409);
    Api.Reply noReason = a.coordinator().post("/api/restock-requests/" + second + "/decline", "{}");
    assertThat(field(noReason)).isEqualTo("reason");
    Api.Reply declined =
        a.coordinator()
            .post(
                "/api/restock-requests/" + second + "/decline", "{\"reason\":\"Volgende maand\"}");
    assertThat(declined.json().getString("status")).isEqualTo("DECLINED");
    assertThat(a.coordinator().post("/api/restock-requests/" + second + "/approve", null).status())
        .isEqualTo(409);
    assertThat(
            a.assistant().get("/api/restock-requests/mine").array().stream()
                .map(r -> r.asJsonObject().getString("status")))
        .containsExactlyInAnyOrder("APPROVED", "DECLINED");
  }

  @Test
  void badKitsAreRefusedNamingTheField() {
    assertThat(field(kit("{\"name\":\"Leeg\"}"))).isEqualTo("lines");
    assertThat(
            field(
                kit(
                    "{\"lines\":[{\"itemId\":\""
                        + FOLDER
                        + "\",\"variant\":\"nl\",\"quantity\":1}]}")))
        .isEqualTo("name");
    assertThat(field(kit(line("bestaat-niet", "nl", "1")))).isEqualTo("itemId");
    assertThat(field(kit(line(POSTER, "nl", "1")))).isEqualTo("variant");
    assertThat(field(kit(line(POSTER, "nl-A5", "1")))).isEqualTo("variant");
    assertThat(field(kit(line(POSTER, "nl-A3", "0")))).isEqualTo("quantity");
    assertThat(field(kit(line(POSTER, "nl-A3", "\"veel\"")))).isEqualTo("quantity");
    assertThat(field(kit(line(POSTER, "nl-A3", "99999999999")))).isEqualTo("quantity");
    assertThat(field(kit(line("scherm-animatie", "nl", "1")))).isEqualTo("itemId");
    assertThat(field(kit("{\"name\":\"X\",\"lines\":\"poster\"}"))).isEqualTo("lines");
    assertThat(field(kit("{\"name\":\"X\",\"lines\":[1,2]}"))).isEqualTo("lines");
    long kit = createKit(1, 1);
    assertThat(
            field(
                a.coordinator()
                    .post("/api/kits/" + kit + "/distribute", "{\"praktijkIds\":\"alle\"}")))
        .isEqualTo("praktijkIds");
    assertThat(a.coordinator().get("/api/kits/999999999").status()).isEqualTo(404);
    assertThat(field(a.coordinator().put("/api/stock/" + POSTER + "/nl-A3", "{\"quantity\":-1}")))
        .isEqualTo("quantity");
    assertThat(a.coordinator().put("/api/stock/bestaat-niet/nl", "{\"quantity\":1}").status())
        .isEqualTo(404);
    assertThat(a.coordinator().get("/api/kits").array()).hasSize(1);
  }

  private Api.Reply kit(String json) {
    return a.coordinator().post("/api/kits", json);
  }

  private static String line(String item, String variant, String quantity) {
    return "{\"name\":\"Test\",\"lines\":[{\"itemId\":\"%s\",\"variant\":\"%s\",\"quantity\":%s}]}"
        .formatted(item, variant, quantity);
  }

  private long createKit(int posters, int folders) {
    Api.Reply created =
        a.coordinator()
            .post(
                "/api/kits",
                """
                {"name":"Startpakket","description":"Voor de wachtkamer","lines":[
                  {"itemId":"%s","variant":"nl-A3","quantity":%d},
                  {"itemId":"%s","variant":"nl","quantity":%d}]}
                """
                    .formatted(POSTER, posters, FOLDER, folders));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getBoolean("draft")).isTrue();
    return created.json().getJsonNumber("id").longValue();
  }

  private void count(String item, String variant, int quantity) {
    Api.Reply reply =
        a.coordinator()
            .put("/api/stock/" + item + "/" + variant, "{\"quantity\":" + quantity + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private int stock(String item, String variant) {
    return a.coordinator().get("/api/stock").array().stream()
        .map(JsonObject.class::cast)
        .filter(l -> l.getString("itemId").equals(item) && l.getString("variant").equals(variant))
        .findFirst()
        .orElseThrow()
        .getInt("quantity");
  }

  private static long praktijkOf(String manager) {
    return Api.as(manager)
        .get("/api/me")
        .json()
        .getJsonObject("practice")
        .getJsonNumber("id")
        .longValue();
  }

  private static String field(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
