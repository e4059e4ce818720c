package nl.spreekkamer.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.referral.api.ReferralApiIT;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty servers (spreekkamer-a and spreekkamer-b, started by the postgres profile) on one
 * PostgreSQL database: what one server writes the other serves at once, a session started on one
 * goes on at the other, the retention job runs once per slot across both, a stopped database gives
 * 503s and the servers recover by themselves, and a server killed under load loses no write it
 * acknowledged while the other keeps serving. The destructive tests come last.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  static final String A = System.getProperty("cluster.a.url", "http://localhost:9091");
  static final String B = System.getProperty("cluster.b.url", "http://localhost:9092");
  static final Path SERVERS =
      Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr", "servers");
  static final Pattern JOB_LINE =
      Pattern.compile("Job retention, slot (\\S+): (runs on|skipped, run by) (\\S+)");

  /**
   * The Liberty plugin waits for the servers, not for the application in them (B can still be
   * starting it when the tests begin, seen on a busy machine): wait until both are ready.
   */
  @BeforeAll
  static void bothServersReady() throws InterruptedException {
    for (String server : List.of(A, B)) {
      awaitStatus(server, "/health/ready", 200, Duration.ofMinutes(5));
    }
  }

  @Test
  @Order(1)
  void aReferralMadeOnOneServerIsWorkedOnTheOtherAtOnce() {
    Pages assistantOnA = Pages.at(A).loggedIn("assistent");
    HttpResponse<String> created =
        assistantOnA.call(
            "POST", "/api/referrals", ReferralApiIT.referral("Ria Clusterman", true, ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).getJsonNumber("id").longValue();

    Pages intakeOnB = Pages.at(B).loggedIn("intake");
    JsonObject onB = json(intakeOnB.call("GET", "/api/referrals/" + id, null));
    assertThat(onB.getString("status")).isEqualTo("RECEIVED");
    long version = onB.getJsonNumber("version").longValue();
    String step = "{\"status\": \"CONTACT_MADE\", \"version\": " + version + "}";
    HttpResponse<String> worked = intakeOnB.call("POST", "/api/referrals/" + id + "/status", step);
    assertThat(worked.statusCode()).as(worked.body()).isEqualTo(200);

    // Server A has read the referral before; it must not serve a cached, stale copy.
    Pages intakeOnA = intakeOnB.on(A);
    assertThat(json(intakeOnA.call("GET", "/api/referrals/" + id, null)).getString("status"))
        .isEqualTo("CONTACT_MADE");
    assertThat(intakeOnA.call("POST", "/api/referrals/" + id + "/status", step).statusCode())
        .as("the same change again, with the old version, on the other server")
        .isEqualTo(409);
  }

  @Test
  @Order(2)
  void aSessionStartedOnOneServerGoesOnAtTheOther() {
    Pages onA = Pages.at(A).loggedIn("praktijkmanager");
    Pages onB = onA.on(B);
    HttpResponse<String> me = onB.call("GET", "/api/me", null);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).getString("username")).isEqualTo("praktijkmanager");
    HttpResponse<String> page = onB.get("/index.xhtml");
    assertThat(page.statusCode()).as("no redirect to the login page").isEqualTo(200);
    assertThat(page.body()).doesNotContain("loginForm");
  }

  @Test
  @Order(3)
  void theRetentionJobRunsOncePerSlotAcrossBothServers() throws InterruptedException {
    // The profile runs the job every 3 s. Both servers' timers fire for every slot.
    Map<String, List<String>> slots = Map.of();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      slots = jobLog();
      long tried = slots.values().stream().filter(lines -> lines.size() == 2).count();
      if (tried >= 3) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertThat(slots.values().stream().filter(lines -> lines.size() == 2).count())
        .as("slots in which both servers tried: %s", slots)
        .isGreaterThanOrEqualTo(3);
    slots.forEach(
        (slot, lines) ->
            assertThat(lines.stream().filter(line -> line.startsWith("runs on")).count())
                .as("runs in slot %s: %s", slot, lines)
                .isEqualTo(1));
  }

  @Test
  @Order(4)
  void aStoppedDatabaseGives503sAndTheServersRecoverByThemselves() throws Exception {
    String control = System.getProperty("cluster.pg.ctl", "");
    assumeTrue(
        !control.isBlank() && !control.startsWith("${"),
        "cluster.pg.ctl (SPREEKKAMER_PG_CTL) names no command to stop and start PostgreSQL");
    Pages intakeOnA = Pages.at(A).loggedIn("intake");
    Pages intakeOnB = intakeOnA.on(B);
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    Timeline timeline = new Timeline();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(4);
    for (Pages pages : List.of(intakeOnA, intakeOnB, intakeOnA, intakeOnB)) {
      String server = pages == intakeOnA ? "A" : "B";
      load.submit(
          () -> {
            while (running.get()) {
              int status = pages.call("GET", "/api/intake/referrals?max=20", null).statusCode();
              statuses.merge(status, 1, Integer::sum);
              timeline.record(server + status);
            }
            return null;
          });
    }
    Thread.sleep(2_000);
    timeline.record("database stopped");
    run(control + " stop -m fast");
    try {
      Thread.sleep(2_000);
      for (String server : List.of(A, B)) {
        assertThat(Pages.at(server).get("/health/ready").statusCode()).isEqualTo(503);
        HttpResponse<String> down = intakeOnA.on(server).call("GET", "/api/me", null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
      }
      Thread.sleep(6_000);
    } finally {
      timeline.record("database starting");
      run(control + " start");
      timeline.record("database started");
    }
    for (String server : List.of(A, B)) {
      awaitStatus(server, "/health/ready", 200, Duration.ofSeconds(60));
    }
    timeline.record("both ready");
    Thread.sleep(2_000);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(statuses.keySet()).as("statuses during the run: %s", statuses).contains(200, 503);
    // Never a 401: a session the server cannot read just after the outage is a 503 too
    // (DatabaseUnavailable.AFTERMATH); the login itself is not lost, the same session works below.
    assertThat(statuses.keySet())
        .as("statuses during the run, per 250 ms:%n%s", timeline)
        .allMatch(status -> status == 200 || status == 503);
    assertThat(intakeOnA.call("GET", "/api/intake/referrals?max=20", null).statusCode())
        .isEqualTo(200);
    assertThat(intakeOnB.call("GET", "/api/intake/referrals?max=20", null).statusCode())
        .isEqualTo(200);
  }

  @Test
  @Order(5)
  void aServerKilledUnderLoadLosesNoAcknowledgedWriteAndTheOtherKeepsServing() throws Exception {
    Pages assistantOnA = Pages.at(A).loggedIn("assistent");
    Pages assistantOnB = assistantOnA.on(B);
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean killed = new AtomicBoolean();
    Map<String, Integer> servedAfterKill = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(4);
    for (int worker = 0; worker < 4; worker++) {
      Pages pages = worker % 2 == 0 ? assistantOnA : assistantOnB;
      String server = worker % 2 == 0 ? "A" : "B";
      int number = worker;
      load.submit(
          () -> {
            for (int i = 0; running.get(); i++) {
              String name = "Kill Test " + number + "-" + i;
              try {
                HttpResponse<String> answer =
                    pages.call("POST", "/api/referrals", ReferralApiIT.referral(name, false, ""));
                if (answer.statusCode() == 201) {
                  acknowledged.put(json(answer).getJsonNumber("id").longValue(), name);
                  if (killed.get()) {
                    servedAfterKill.merge(server, 1, Integer::sum);
                  }
                } else if (answer.statusCode() >= 500) {
                  failures.add(server + " " + answer.statusCode() + " " + answer.body());
                }
              } catch (UncheckedIOException e) {
                // Server A is gone: the request was never acknowledged. A load balancer would
                // send the user to B; this worker just tries again.
              }
            }
            return null;
          });
    }
    Thread.sleep(3_000);
    ProcessHandle serverA = serverProcess("spreekkamer-a");
    serverA.destroyForcibly(); // SIGKILL
    assertThat(serverA.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    killed.set(true);
    Thread.sleep(4_000);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(failures).as("5xx answers").isEmpty();
    assertThat(servedAfterKill.getOrDefault("B", 0)).as("B served after A was killed").isPositive();
    assertThat(servedAfterKill).as("nothing acknowledged by a dead server").doesNotContainKey("A");
    assertThat(acknowledged).hasSizeGreaterThan(10);
    Pages intakeOnB = Pages.at(B).loggedIn("intake");
    acknowledged.forEach(
        (id, name) -> {
          HttpResponse<String> stored = intakeOnB.call("GET", "/api/referrals/" + id, null);
          assertThat(stored.statusCode()).as("acknowledged referral %d", id).isEqualTo(200);
          assertThat(stored.body()).contains(name);
        });
    assertThat(assistantOnB.call("GET", "/api/me", null).statusCode())
        .as("the assistant's session goes on at B")
        .isEqualTo(200);
  }

  /** What happened when, per 250 ms: answers by server and status ("B503=3") and events. */
  private static final class Timeline {
    private final long start = System.nanoTime();
    private final ConcurrentLinkedQueue<Map.Entry<Long, String>> events =
        new ConcurrentLinkedQueue<>();

    void record(String event) {
      events.add(Map.entry((System.nanoTime() - start) / 1_000_000, event));
    }

    @Override
    public String toString() {
      Map<Long, Map<String, Integer>> buckets = new TreeMap<>();
      for (Map.Entry<Long, String> event : events) {
        buckets
            .computeIfAbsent(event.getKey() / 250 * 250, ms -> new TreeMap<>())
            .merge(event.getValue(), 1, Integer::sum);
      }
      StringBuilder text = new StringBuilder();
      buckets.forEach((ms, counts) -> text.append(ms).append(" ms: ").append(counts).append('\n'));
      return text.toString();
    }
  }

  /** Slot to the lines both servers logged about it ("runs on ..." or "skipped, run by ..."). */
  private static Map<String, List<String>> jobLog() {
    Map<String, List<String>> slots = new TreeMap<>();
    for (String server : List.of("spreekkamer-a", "spreekkamer-b")) {
      Path log = SERVERS.resolve(server).resolve("logs").resolve("messages.log");
      try {
        for (String line : Files.readAllLines(log)) {
          Matcher job = JOB_LINE.matcher(line);
          if (job.find()) {
            slots
                .computeIfAbsent(job.group(1), slot -> new ArrayList<>())
                .add(job.group(2) + " " + job.group(3));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return slots;
  }

  private static ProcessHandle serverProcess(String server) throws IOException {
    Path pidFile = SERVERS.resolve(".pid").resolve(server + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    assertThat(process.info().commandLine().orElse("")).contains("ws-server");
    return process;
  }

  static void awaitStatus(String server, String path, int status, Duration patience)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    int last = -1;
    while (Instant.now().isBefore(deadline)) {
      try {
        last = Pages.at(server).get(path).statusCode();
      } catch (UncheckedIOException e) {
        last = -1;
      }
      if (last == status) {
        return;
      }
      Thread.sleep(500);
    }
    assertThat(last).as("%s%s after %s", server, path, patience).isEqualTo(status);
  }

  private static void run(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(command).isZero();
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
