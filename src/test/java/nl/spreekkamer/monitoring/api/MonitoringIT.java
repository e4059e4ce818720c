package nl.spreekkamer.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.InServer;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.PrintedPdfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring figures of a gemeente made for the test, with referrals worked through the real
 * API and their days set inside the server (June 2026, no public holidays): the funnel, the
 * conversion percentages, the median working days, the norm, the feedback share and the suppression
 * of small cells are exactly what the seeded data says; another gemeente cannot read them; the
 * report carries the numbers.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {
  static final String PERIOD = "from=2026-04-01&to=2026-06-30";
  static final LocalDate RECEIVED = LocalDate.of(2026, 6, 1); // a Monday

  /** Only the dating servlet runs in the server; the test itself is a client of both. */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return InServer.archive("monitoring-it.war")
        .addClasses(ReferralDating.class, ReferralDatingServlet.class);
  }

  @ArquillianResource URL dating;

  /** Seeded once for all tests: they only read. */
  static NewGemeente a;

  /**
   * Eleven referrals (eight from the first practice, three from the second) and one withdrawn:
   * eight contacted after 1..7 and 12 working days, two of those urgent and late (4 and 5 days
   * against a norm of 3); six with a first conversation after 5..9 and 14 working days; four
   * accepted help, three started a programme, one declined; feedback consented for nine, given for
   * four.
   */
  @BeforeEach
  void seed() {
    if (a != null) {
      return;
    }
    NewGemeente made = NewGemeente.create();
    a = made;
    int[] contactDays = {1, 2, 3, 4, 5, 6, 7, 12};
    int[] conversationDays = {5, 6, 7, 8, 9, 14};
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      boolean urgent = i == 3 || i == 4;
      boolean feedback = i < 9;
      Api practice = i < 8 ? a.assistant() : a.assistant2();
      ids.add(refer(practice, "Patiënt " + i, urgent, feedback));
    }
    long withdrawn = refer(a.assistant(), "Ingetrokken", false, true);
    long version =
        a.assistant()
            .get("/api/referrals/" + withdrawn)
            .json()
            .getJsonNumber("version")
            .longValue();
    assertThat(
            a.assistant()
                .post("/api/referrals/" + withdrawn + "/withdraw", "{\"version\":" + version + "}")
                .status())
        .isEqualTo(200);
    for (int i = 0; i < 8; i++) {
      step(ids.get(i), "{\"status\":\"CONTACT_MADE\"}");
    }
    for (int i = 0; i < 6; i++) {
      step(
          ids.get(i),
          "{\"status\":\"CONVERSATION_PLANNED\",\"plannedAt\":\"2026-12-20T10:00\","
              + "\"plannedPlace\":\"Wijkcentrum\"}");
    }
    for (int i = 0; i < 4; i++) {
      step(ids.get(i), "{\"status\":\"HELP_ACCEPTED\"}");
    }
    for (int i = 0; i < 3; i++) {
      step(ids.get(i), "{\"status\":\"CLOSED\",\"outcome\":\"HELP_PROGRAMME_STARTED\"}");
    }
    step(
        ids.get(4),
        "{\"status\":\"CLOSED\",\"outcome\":\"DECLINED\",\"declineReason\":\"NOT_NOW\"}");
    for (int i = 0; i < 4; i++) {
      long id = ids.get(i);
      long current =
          a.intake().get("/api/referrals/" + id).json().getJsonNumber("version").longValue();
      Api.Reply given =
          a.intake()
              .post(
                  "/api/referrals/" + id + "/feedback",
                  "{\"text\":\"Het hulptraject is gestart.\",\"version\":" + current + "}");
      assertThat(given.status()).as(given.body()).isEqualTo(200);
    }
    for (int i = 0; i < 11; i++) {
      date(
          ids.get(i),
          RECEIVED,
          i < 8 ? workingDaysAfter(RECEIVED, contactDays[i]) : null,
          i < 6 ? workingDaysAfter(RECEIVED, conversationDays[i]) : null);
    }
    date(withdrawn, RECEIVED, null, null);
  }

  @Test
  void funnelCountsAndConversionsAreExact() {
    JsonObject funnel = a.coordinator().get("/api/monitoring/funnel?" + PERIOD).json();
    assertThat(funnel.getJsonNumber("gemeenteId").longValue()).isEqualTo(a.id());
    JsonArray stages = funnel.getJsonArray("stages");
    assertStage(stages, 0, "RECEIVED", 11, null, null);
    assertStage(stages, 1, "CONTACT_MADE", 8, "72.7", "72.7");
    assertStage(stages, 2, "FIRST_CONVERSATION", 6, "75.0", "54.5");
    assertStage(stages, 3, "HELP_ACCEPTED", 4, "66.7", "36.4");
    assertStage(stages, 4, "PROGRAMME_STARTED", 3, "75.0", "27.3");
  }

  @Test
  void workingDaysNormFeedbackAndSmallCellsAreExact() {
    JsonObject dashboard = a.coordinator().get("/api/monitoring/dashboard?" + PERIOD).json();
    JsonObject referrals = dashboard.getJsonObject("referrals");
    assertThat(referrals.getInt("received")).isEqualTo(11);
    assertThat(
            referrals.getJsonObject("toFirstContact").getJsonNumber("medianWorkingDays").toString())
        .isEqualTo("4.5");
    assertThat(referrals.getJsonObject("toFirstContact").getInt("referrals")).isEqualTo(8);
    assertThat(
            referrals
                .getJsonObject("toFirstConversation")
                .getJsonNumber("medianWorkingDays")
                .toString())
        .isEqualTo("7.5");
    JsonObject norm = referrals.getJsonObject("withinNorm");
    assertThat(norm.getInt("within")).isEqualTo(6);
    assertThat(norm.getInt("counted")).isEqualTo(11);
    assertThat(norm.getJsonNumber("percentage").toString()).isEqualTo("54.5");
    JsonObject feedback = referrals.getJsonObject("feedback");
    assertThat(feedback.getInt("given")).isEqualTo(4);
    assertThat(feedback.getInt("consented")).isEqualTo(9);
    assertThat(feedback.getJsonNumber("percentage").toString()).isEqualTo("44.4");

    // Per month: April and May 0 (shown), June 11.
    JsonArray months = referrals.getJsonArray("perMonth");
    assertThat(cell(months, "2026-04")).isEqualTo("0");
    assertThat(cell(months, "2026-05")).isEqualTo("0");
    assertThat(cell(months, "2026-06")).isEqualTo("11");
    // Per practice: 3 is suppressed, and then 8 too, or it would follow from the total.
    JsonArray practices = referrals.getJsonArray("perPractice");
    assertThat(cell(practices, String.valueOf(a.praktijk2()))).isEqualTo("suppressed");
    assertThat(cell(practices, String.valueOf(a.praktijk1()))).isEqualTo("suppressed");
    // Outcomes: 3 programmes and 1 decline are both small; zeros are shown.
    JsonArray outcomes = referrals.getJsonArray("outcomes");
    assertThat(cell(outcomes, "HELP_PROGRAMME_STARTED")).isEqualTo("suppressed");
    assertThat(cell(outcomes, "DECLINED")).isEqualTo("suppressed");
    assertThat(cell(outcomes, "NOT_REACHED")).isEqualTo("0");
    assertThat(cell(referrals.getJsonArray("declineReasons"), "NOT_NOW")).isEqualTo("suppressed");
    assertThat(dashboard.toString()).doesNotContain("Patiënt").doesNotContain("06 12");

    JsonArray training = dashboard.getJsonArray("training");
    assertThat(training).hasSize(2);
    assertThat(training.getJsonObject(0).getInt("employees")).isEqualTo(1);
  }

  @Test
  void anotherGemeenteCannotReadTheFigures() {
    assertThat(
            Api.as("coordinator")
                .get("/api/monitoring/funnel?" + PERIOD + "&gemeenteId=" + a.id())
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as("coordinator")
                .get("/api/monitoring/dashboard?" + PERIOD + "&gemeenteId=" + a.id())
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as("coordinator")
                .get("/api/monitoring/report?period=2026H1&gemeenteId=" + a.id())
                .status())
        .isEqualTo(403);
    JsonObject own = Api.as("coordinator").get("/api/monitoring/funnel?" + PERIOD).json();
    assertThat(own.getJsonNumber("gemeenteId").longValue()).isNotEqualTo(a.id());
    assertThat(a.intake().get("/api/monitoring/funnel?" + PERIOD).status()).isEqualTo(403);
    assertThat(a.assistant().get("/api/monitoring/dashboard?" + PERIOD).status()).isEqualTo(403);

    Api beheer = Api.as("beheer");
    assertThat(
            beheer
                .get("/api/monitoring/funnel?" + PERIOD + "&gemeenteId=" + a.id())
                .json()
                .getJsonArray("stages")
                .getJsonObject(0)
                .getInt("count"))
        .isEqualTo(11);
    assertThat(beheer.get("/api/monitoring/funnel?" + PERIOD).status()).isEqualTo(400);
    assertThat(beheer.get("/api/monitoring/funnel?" + PERIOD + "&gemeenteId=999999999").status())
        .isEqualTo(404);
    assertThat(a.coordinator().get("/api/monitoring/funnel?from=2026-06-30&to=2026-04-01").status())
        .isEqualTo(400);
    assertThat(a.coordinator().get("/api/monitoring/funnel?from=gisteren&to=2026-04-01").status())
        .isEqualTo(400);
    assertThat(a.coordinator().get("/api/monitoring/report?period=2026H3").status()).isEqualTo(400);
    assertThat(a.coordinator().get("/api/monitoring/report?period=2026H1&format=xls").status())
        .isEqualTo(400);
  }

  @Test
  void aPracticeSeesItsOwnFiguresAndBeheerComparesGemeenten() {
    JsonObject practice =
        Api.as("praktijkmanager").get("/api/monitoring/practice?" + PERIOD).json();
    assertThat(practice.getString("praktijk")).isEqualTo("Huisartsenpraktijk De Linde");
    assertThat(practice.containsKey("points")).isTrue();
    assertThat(practice.getJsonArray("funnel")).hasSize(5);
    assertThat(a.assistant().get("/api/monitoring/practice?" + PERIOD).status()).isEqualTo(403);
    assertThat(a.coordinator().get("/api/monitoring/practice?" + PERIOD).status()).isEqualTo(403);

    JsonObject row =
        Api.as("beheer").get("/api/monitoring/gemeenten?" + PERIOD).array().stream()
            .map(JsonObject.class::cast)
            .filter(g -> g.getJsonNumber("gemeenteId").longValue() == a.id())
            .findFirst()
            .orElseThrow();
    assertThat(row.getInt("practices")).isEqualTo(2);
    JsonObject referrals = row.getJsonObject("referrals");
    if (!referrals.getBoolean("suppressed")) { // hidden only as the next smallest of another
      assertThat(referrals.getInt("count")).isEqualTo(11);
    }
    assertThat(row.getJsonObject("programmesStarted").getBoolean("suppressed")).isTrue();
    assertThat(a.coordinator().get("/api/monitoring/gemeenten?" + PERIOD).status()).isEqualTo(403);
  }

  @Test
  void theReportCarriesTheFunnelNumbersAsPdfAndCsv() {
    var pdf = a.coordinator().getBytes("/api/monitoring/report?period=2026H1&format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = new PrintedPdfs(pdf.body()).text().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Halfjaarrapportage")
        .contains("Ontvangen 11")
        .as("Dutch notation and headings")
        .contains("Contact gelegd 8 72,7% 72,7%")
        .contains("Hulptraject gestart 3 75,0% 27,3%")
        .contains("Inzet Activiteiten Prestaties Effecten")
        .doesNotContain("Throughput")
        .contains("Platform31")
        .doesNotContain("Patiënt");

    Api.Reply csv = a.coordinator().getText("/api/monitoring/report?period=2026H1&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFFtabel;rij;kolom;waarde")
        .contains("trechter;Ontvangen;Aantal;11")
        .contains("trechter;Eerste gesprek;% van ontvangen;54,5%")
        .contains("uitkomst;Hulptraject gestart;Aantal;<5");
  }

  /** Puts the referral's days in the database, through the servlet in the test archive. */
  private void date(long id, LocalDate received, LocalDate contact, LocalDate conversation) {
    String query =
        "id=%d&received=%s&contact=%s&conversation=%s"
            .formatted(
                id,
                received,
                contact == null ? "" : contact,
                conversation == null ? "" : conversation);
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(dating + "dating?" + query))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long refer(Api practice, String name, boolean urgent, boolean feedback) {
    Api.Reply created =
        practice.post(
            "/api/referrals",
            """
            {"patientName": "%s", "phone": "06 12 34 56 78", "category": "DEBTS", %s
             "consent": {"share": true, "feedback": %s, "textVersion": "2026-11-1"}}
            """
                .formatted(name, urgent ? "\"urgency\": [\"EVICTION\"]," : "", feedback));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private void step(long id, String body) {
    long version =
        a.intake().get("/api/referrals/" + id).json().getJsonNumber("version").longValue();
    Api.Reply reply =
        a.intake()
            .post(
                "/api/referrals/" + id + "/status",
                body.replace("}", ",\"version\":" + version + "}"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** The day {@code n} working days after {@code day}; June 2026 has no public holidays. */
  private static LocalDate workingDaysAfter(LocalDate day, int n) {
    LocalDate result = day;
    for (int i = 0; i < n; ) {
      result = result.plusDays(1);
      if (result.getDayOfWeek().getValue() < 6) {
        i++;
      }
    }
    return result;
  }

  private static void assertStage(
      JsonArray stages,
      int index,
      String stage,
      int count,
      String fromPrevious,
      String fromReceived) {
    JsonObject step = stages.getJsonObject(index);
    assertThat(step.getString("stage")).isEqualTo(stage);
    assertThat(step.getInt("count")).isEqualTo(count);
    assertThat(number(step, "fromPrevious")).isEqualTo(fromPrevious);
    assertThat(number(step, "fromReceived")).isEqualTo(fromReceived);
  }

  private static String number(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name)
        ? null
        : object.getJsonNumber(name).toString();
  }

  private static String cell(JsonArray cells, String key) {
    JsonObject cell =
        cells.getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("key").equals(key))
            .findFirst()
            .orElseThrow();
    return cell.getBoolean("suppressed") ? "suppressed" : cell.getJsonNumber("count").toString();
  }
}
