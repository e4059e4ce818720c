package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.FhirValidation;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;

/**
 * A gemeente's case system subscribes a rest-hook to its Tasks (FHIR R4 Subscription): the hook, a
 * real HTTP server on loopback in this test, is called within seconds of a new referral, with the
 * subscription's header; a hook that is down is marked "error" and gets the change when it is back.
 */
class FhirSubscriptionIT {
  private final Api coordinator = Api.as("coordinator");
  private final Api assistent = Api.as("assistent");

  /** A request the hook received. */
  record Call(String method, String path, String secret, String body) {}

  private static HttpServer hook(int port, ConcurrentLinkedQueue<Call> calls) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
      server.createContext(
          "/",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(
                new Call(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Hook-Secret"),
                    body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String subscription(String endpoint, String payload, String criteria) {
    return """
        {"resourceType": "Subscription", "status": "requested", "reason": "Casussysteem",
         "criteria": "%s",
         "channel": {"type": "rest-hook", "endpoint": "%s", %s
                     "header": ["X-Hook-Secret: geheim-123"]}}
        """
        .formatted(criteria, endpoint, payload == null ? "" : "\"payload\": \"" + payload + "\",");
  }

  private static <T> T await(Supplier<T> value, Predicate<T> until, Duration patience)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    T last = value.get();
    while (!until.test(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      last = value.get();
    }
    return last;
  }

  private long referral(String name) {
    Api.Reply created = assistent.post("/api/referrals", ReferralApiIT.referral(name, true, ""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getInt("id");
  }

  @Test
  void aNewReferralReachesTheHookWithinSecondsWithItsHeaderAndTheTask() throws Exception {
    ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    HttpServer server = hook(0, calls);
    try {
      String endpoint = "http://localhost:" + server.getAddress().getPort() + "/hook";
      Api.Reply created =
          coordinator.send(
              "POST",
              "/api/fhir/Subscription",
              "application/fhir+json",
              subscription(endpoint, "application/fhir+json", "Task?status=received"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(FhirValidation.errors(created.body())).as(created.body()).isEmpty();
      assertThat(created.json().getString("status")).isEqualTo("active");
      assertThat(created.body()).as("the secret is not shown again").doesNotContain("geheim");
      String location = created.header("Location");
      String path = location.substring(location.indexOf("/api/"));

      long id = referral("Haak Patient");
      Call call =
          await(
              () ->
                  calls.stream()
                      .filter(c -> c.path().equals("/hook/Task/" + id))
                      .findFirst()
                      .orElse(null),
              found -> found != null,
              Duration.ofSeconds(20));
      assertThat(call).as("the hook was called for Task %d", id).isNotNull();
      assertThat(call.method()).isEqualTo("PUT");
      assertThat(call.secret()).isEqualTo("geheim-123");
      assertThat(call.body()).contains("\"resourceType\": \"Task\"").contains("Haak Patient");

      assertThat(coordinator.get(path).json().getString("status")).isEqualTo("active");
      assertThat(coordinator.get("/api/fhir/Subscription").body()).contains(endpoint);
      assertThat(NewGemeente.create().coordinator().get(path).status())
          .as("another gemeente's coordinator")
          .isEqualTo(404);
      assertThat(Api.as("intake").get(path).status()).as("intake worker").isEqualTo(403);
      assertThat(coordinator.delete(path).status()).isEqualTo(204);
      assertThat(coordinator.get(path).status()).isEqualTo(404);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aHookThatIsDownIsMarkedErrorAndGetsTheChangeWhenItIsBack() throws Exception {
    int port = freePort();
    String endpoint = "http://localhost:" + port + "/down";
    Api.Reply created =
        coordinator.send(
            "POST",
            "/api/fhir/Subscription",
            "application/fhir+json",
            subscription(endpoint, null, "Task"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String location = created.header("Location");
    String path = location.substring(location.indexOf("/api/"));
    try {
      referral("Wacht Patient");
      String status =
          await(
              () -> coordinator.get(path).json().getString("status"),
              "error"::equals,
              Duration.ofSeconds(20));
      assertThat(status).isEqualTo("error");
      assertThat(coordinator.get(path).json().getString("error")).isNotBlank();

      ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
      HttpServer server = hook(port, calls);
      try {
        Call call = await(() -> calls.peek(), found -> found != null, Duration.ofSeconds(40));
        assertThat(call).as("the hook is called once it is back").isNotNull();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/down");
        assertThat(call.secret()).isEqualTo("geheim-123");
        assertThat(call.body()).as("no payload asked for").isEmpty();
        assertThat(
                await(
                    () -> coordinator.get(path).json().getString("status"),
                    "active"::equals,
                    Duration.ofSeconds(10)))
            .isEqualTo("active");
      } finally {
        server.stop(0);
      }
    } finally {
      coordinator.delete(path);
    }
  }

  @Test
  void whatASubscriptionMayNotBeIsRefusedWithAnOperationOutcome() {
    for (String bad :
        List.of(
            subscription("http://hooks.example.org/hook", null, "Task"),
            subscription("https://10.1.2.3/hook", null, "Task"),
            subscription("https://169.254.169.254/latest", null, "Task"),
            subscription("https://hooks.example.org/hook", null, "Patient?name=x"),
            subscription("https://hooks.example.org/hook", null, "Task?_count=5"),
            subscription("https://hooks.example.org/hook", "text/plain", "Task"),
            subscription("https://hooks.example.org/hook", null, "Task")
                .replace("rest-hook", "email"),
            subscription("https://hooks.example.org/hook", null, "Task")
                .replace("X-Hook-Secret: geheim-123", "Host: elders"),
            "{\"resourceType\": \"Patient\"}",
            "niet eens json")) {
      Api.Reply refused =
          coordinator.send("POST", "/api/fhir/Subscription", "application/fhir+json", bad);
      assertThat(refused.status()).as(bad + " -> " + refused.body()).isIn(400, 422);
      assertThat(refused.json().getString("resourceType")).as(bad).isEqualTo("OperationOutcome");
    }
    assertThat(
            assistent
                .send(
                    "POST",
                    "/api/fhir/Subscription",
                    "application/fhir+json",
                    subscription("https://hooks.example.org/hook", null, "Task"))
                .status())
        .as("practice staff")
        .isEqualTo(403);
  }
}
