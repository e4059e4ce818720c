import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A mixed load of N concurrent users on a running server (loopback only), bounded in time and in
 * requests: learners in the e-learning, assistants (openers, a referral card PDF, a referral),
 * intake workers working the queue of their gemeente, and dashboards (coordinators and practice
 * managers). Every user logs in once with the login form (session cookie, not timed: PBKDF2 costs
 * about 220 ms a login), then repeats sessions of its kind with a think time before each request.
 * Requests in the warm-up are not counted; the measured window follows it.
 *
 * <p>java -cp parsson.jar:jakarta.json-api.jar bench/MixedLoad.java http://localhost:9280 100 60 30
 *
 * <p>Arguments: base URL, users, measured seconds, warm-up seconds. System properties:
 * think=2000 (mean think time in ms, ±50%; 0 is a stress test), mix=40,25,20,15 (percent learners,
 * assistants, intake workers, dashboards), practices=5000 and gemeenten=342 (the national accounts
 * of NationalData.java; 0 uses the demo accounts only), maxRequests=1000000, tag=derby (copied
 * into the RESULT line), seed=1.
 */
public class MixedLoad {
  static final String[] KINDS = {"learner", "assistant", "intake", "dashboard"};
  static String base;
  static int thinkMillis;
  static volatile boolean measuring;
  static volatile boolean stopping;
  static final AtomicLong issued = new AtomicLong();
  static long maxRequests;
  static final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
  static final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  static final Map<String, AtomicInteger> errorsByStatus = new ConcurrentHashMap<>();
  static final AtomicInteger warmupErrors = new AtomicInteger();
  static final LocalDate today = LocalDate.now();

  public static void main(String[] args) throws Exception {
    base = args.length > 0 ? args[0] : "http://localhost:9280";
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    if (!base.matches("http://(localhost|127\\.0\\.0\\.1)(:\\d+)?")) {
      System.err.println("loopback only: " + base);
      System.exit(2);
    }
    thinkMillis = Integer.getInteger("think", 2000);
    maxRequests = Long.getLong("maxRequests", 1_000_000);
    int practices = Integer.getInteger("practices", 5000);
    int gemeenten = Integer.getInteger("gemeenten", 342);
    int[] mix = List.of(System.getProperty("mix", "40,25,20,15").split(",")).stream().mapToInt(Integer::parseInt).toArray();
    Random random = new Random(Long.getLong("seed", 1));

    List<User> all = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    int[] counts = new int[4];
    for (int i = 0; i < users; i++) {
      // the kind whose share is furthest behind, so every prefix of users follows the mix
      int kind = 0;
      double worst = Double.MAX_VALUE;
      for (int k = 0; k < 4; k++) {
        double share = mix[k] == 0 ? Double.MAX_VALUE : counts[k] / (double) mix[k];
        if (share < worst) {
          worst = share;
          kind = k;
        }
      }
      String username = username(kind, counts[kind], practices, gemeenten, random);
      // national accounts are not shared (demo accounts are: their users may get 409 conflicts)
      for (int tries = 0; practices > 0 && !taken.add(username) && tries < 100; tries++) {
        username = username(kind, counts[kind], practices, gemeenten, random);
      }
      all.add(new User(kind, username));
      counts[kind]++;
    }
    System.out.printf("%d users: %d learners, %d assistants, %d intake workers, %d dashboards; think %d ms; %s%n",
        users, counts[0], counts[1], counts[2], counts[3], thinkMillis, practices > 0 ? "national accounts" : "demo accounts");

    // log in, four at a time (not timed in the figures)
    long tLogin = System.nanoTime();
    ExecutorService logins = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (User u : all) {
      done.add(logins.submit(() -> {
        u.login();
        return null;
      }));
    }
    int failed = 0;
    for (var f : done) {
      try {
        f.get();
      } catch (Exception e) {
        failed++;
        System.err.println("login failed: " + e.getCause());
      }
    }
    logins.shutdown();
    System.out.printf("%d logged in in %.1f s (%.0f ms per login, 4 at a time), %d failed%n",
        users - failed, (System.nanoTime() - tLogin) / 1e9, (System.nanoTime() - tLogin) / 1e6 / users * 4, failed);
    if (failed > 0) {
      System.exit(1);
    }

    ExecutorService pool = Executors.newFixedThreadPool(users);
    CountDownLatch finished = new CountDownLatch(users);
    for (User u : all) {
      pool.submit(() -> {
        try {
          while (!stopping) {
            u.session();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (Exception e) {
          System.err.println(u.username + ": " + e);
        } finally {
          finished.countDown();
        }
      });
    }
    Thread.sleep(warmup * 1000L);
    long t0 = System.nanoTime();
    measuring = true;
    while (System.nanoTime() - t0 < seconds * 1_000_000_000L && issued.get() < maxRequests) {
      Thread.sleep(100);
    }
    measuring = false;
    double measured = (System.nanoTime() - t0) / 1e9;
    stopping = true;
    finished.await(90, java.util.concurrent.TimeUnit.SECONDS);
    pool.shutdownNow();
    report(users, measured);
  }

  static String username(int kind, int n, int practices, int gemeenten, Random random) {
    if (practices == 0) {
      String[][] demo = {{"huisarts", "poh"}, {"assistent"}, {"intake", "intake-b"}, {"coordinator", "praktijkmanager"}};
      return demo[kind][n % demo[kind].length];
    }
    int practice = random.nextInt(practices);
    return switch (kind) {
      case 0 -> n % 5 < 3 ? String.format("nd%04d-huisarts%d", practice, 1 + n % 3) : String.format("nd%04d-poh%d", practice, 1 + n % 2);
      case 1 -> String.format("nd%04d-assistent%d", practice, 1 + n % 4);
      // intake workers of different gemeenten, the largest first, so no two change the same referral
      case 2 -> String.format("nd-g%04d-intake", n % gemeenten);
      default -> n % 3 == 0 ? String.format("nd-g%04d-coordinator", n % gemeenten) : String.format("nd%04d-praktijkmanager1", practice);
    };
  }

  static void report(int users, double seconds) {
    List<Long> all = new ArrayList<>();
    timings.values().forEach(all::addAll);
    int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf("%n%d users, %.1f s measured: %d requests = %.1f req/s, %d errors (%d in the warm-up)%n",
        users, seconds, all.size(), all.size() / seconds, errorCount, warmupErrors.get());
    if (!errorsByStatus.isEmpty()) {
      System.out.println("errors by status: " + new TreeMap<>(errorsByStatus));
    }
    double[] overall = percentiles(all);
    line("ALL", all.size(), overall, errorCount);
    System.out.println("per kind of request, slowest (p95) first:");
    timings.entrySet().stream()
        .sorted((a, b) -> Double.compare(percentiles(b.getValue())[1], percentiles(a.getValue())[1]))
        .forEach(e -> line(e.getKey(), e.getValue().size(), percentiles(e.getValue()), errors.getOrDefault(e.getKey(), new AtomicInteger()).get()));
    String slowest = timings.entrySet().stream()
        .sorted((a, b) -> Double.compare(percentiles(b.getValue())[1], percentiles(a.getValue())[1]))
        .limit(3)
        .map(e -> e.getKey().replace(' ', '_') + ":" + String.format("%.0f", percentiles(e.getValue())[1]))
        .collect(Collectors.joining(","));
    System.out.printf("RESULT tag=%s users=%d seconds=%.0f think_ms=%d requests=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d slowest_p95=%s%n",
        System.getProperty("tag", "-"), users, seconds, thinkMillis, all.size(), all.size() / seconds, overall[0], overall[1], overall[2], overall[3],
        errorCount, slowest);
  }

  static void line(String name, int n, double[] p, int errors) {
    System.out.printf("  %-44s n=%6d p50=%7.1f p95=%7.1f p99=%7.1f max=%7.1f ms  errors=%d%n", name, n, p[0], p[1], p[2], p[3], errors);
  }

  /** p50, p95, p99 and max in ms (nearest rank). */
  static double[] percentiles(List<Long> nanos) {
    List<Long> v = new ArrayList<>(nanos);
    if (v.isEmpty()) {
      return new double[4];
    }
    Collections.sort(v);
    double[] q = {0.50, 0.95, 0.99};
    double[] r = new double[4];
    for (int i = 0; i < 3; i++) {
      r[i] = v.get(Math.max(0, (int) Math.ceil(v.size() * q[i]) - 1)) / 1e6;
    }
    r[3] = v.get(v.size() - 1) / 1e6;
    return r;
  }

  /** One virtual user: its own client and session cookie. */
  static final class User {
    final int kind;
    final String username;
    final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // Liberty truncated h2c upgrades
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    long praktijkId;
    int sessions;

    User(int kind, String username) {
      this.kind = kind;
      this.username = username;
    }

    void login() throws Exception {
      String page = client.send(get("/login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("name=\"loginForm:token\" value=\"([^\"]*)\"").matcher(page);
      String form =
          Map.of(
                  "loginForm_SUBMIT", "1",
                  "loginForm:username", username,
                  "loginForm:password", "demo",
                  "loginForm:token", token.find() ? token.group(1) : "",
                  "primefaces.nonce", nonce(page),
                  "loginForm:login", "",
                  "jakarta.faces.ViewState", "stateless")
              .entrySet()
              .stream()
              .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
              .collect(Collectors.joining("&"));
      client.send(
          HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> me = client.send(get("/api/me").build(), HttpResponse.BodyHandlers.ofString());
      if (me.statusCode() != 200) {
        throw new IllegalStateException(username + ": /api/me " + me.statusCode());
      }
      JsonObject practice = json(me.body()).getJsonObject("practice");
      praktijkId = practice == null ? 0 : practice.getJsonNumber("id").longValue();
    }

    void session() throws Exception {
      sessions++;
      switch (kind) {
        case 0 -> learner();
        case 1 -> assistant();
        case 2 -> intake();
        default -> dashboard();
      }
    }

    /** Module list, the module, one or two lessons read and marked; now and then the test or the certificates. */
    void learner() throws Exception {
      JsonArray modules = array(call("GET /api/modules", get("/api/modules")));
      if (modules == null || modules.isEmpty()) {
        return;
      }
      String module = modules.getJsonObject(0).getString("id");
      JsonObject detail = object(call("GET /api/modules/{id}", get("/api/modules/" + module)));
      if (detail == null) {
        return;
      }
      JsonArray lessons = detail.getJsonArray("lessons");
      int from = ThreadLocalRandom.current().nextInt(lessons.size());
      for (int i = from; i < Math.min(lessons.size(), from + 2); i++) {
        String lesson = lessons.getJsonObject(i).getString("id");
        call("GET /api/modules/{id}/lessons/{id}", get("/api/modules/" + module + "/lessons/" + lesson));
        call("POST /api/modules/{id}/lessons/{id}/progress",
            post("/api/modules/" + module + "/lessons/" + lesson + "/progress", "{\"seconds\":" + (60 + ThreadLocalRandom.current().nextInt(240)) + "}"));
      }
      if (!detail.getBoolean("testPassed") && sessions % 4 == 0) {
        test(module);
      } else if (sessions % 3 == 0) {
        call("GET /api/certificates", get("/api/certificates"));
      }
    }

    void test(String module) throws Exception {
      JsonObject view = object(call("POST /api/modules/{id}/attempts", post("/api/modules/" + module + "/attempts", "{}")));
      if (view == null) {
        return;
      }
      long id = view.getJsonNumber("id").longValue();
      JsonArray questions = view.getJsonArray("questions");
      for (JsonValue q : questions) {
        if (q.asJsonObject().containsKey("feedback") && !q.asJsonObject().isNull("feedback")) {
          continue; // an open attempt of an earlier session: answered already
        }
        String question = q.asJsonObject().getString("id");
        call("POST /api/modules/{id}/attempts/{id}/answers",
            post("/api/modules/" + module + "/attempts/" + id + "/answers", "{\"questionId\":\"" + question + "\",\"options\":[\"a\"]}"));
      }
      call("POST /api/modules/{id}/attempts/{id}/submit", post("/api/modules/" + module + "/attempts/" + id + "/submit", "{}"));
    }

    /** Openers, one opener, a filled-in referral card as PDF; every other session a referral. */
    void assistant() throws Exception {
      JsonArray openers = array(call("GET /api/openers", get("/api/openers")));
      if (openers != null && !openers.isEmpty()) {
        String id = openers.getJsonObject(ThreadLocalRandom.current().nextInt(openers.size())).getString("id");
        call("GET /api/openers/{id}", get("/api/openers/" + id));
      }
      call("POST /api/cards (PDF)", post("/api/cards",
          "{\"patientName\":\"Kees Jansen\",\"categories\":[\"DEBTS\",\"RENT_OR_MORTGAGE\"],\"urgency\":[\"GARNISHMENT\"],"
              + "\"contactPreference\":\"PHONE\",\"phone\":\"06 12 34 56 78\",\"callTimes\":\"Na 15.00 uur\",\"consentGiven\":true}")
          .header("Accept", "application/pdf"));
      if (sessions % 2 == 0) {
        call("POST /api/referrals", post("/api/referrals",
            "{\"patientName\":\"Belasting " + sessions + "\",\"phone\":\"06 12 34 56 78\",\"contactPreference\":\"PHONE\",\"category\":\"DEBTS\","
                + "\"consent\":{\"share\":true,\"feedback\":true,\"textVersion\":\"2026-11-1\"}}"));
        call("GET /api/referrals", get("/api/referrals"));
      }
    }

    /** The first page of the queue, a referral opened, a received one taken up (status change). */
    void intake() throws Exception {
      boolean filtered = sessions % 3 == 0;
      JsonObject page = object(call(filtered ? "GET /api/intake/referrals (filtered)" : "GET /api/intake/referrals",
          get(filtered ? "/api/intake/referrals?urgent=true&assignee=none&order=NEWEST_FIRST" : "/api/intake/referrals")));
      if (page != null && !page.getJsonArray("items").isEmpty()) {
        JsonArray items = page.getJsonArray("items");
        long id = items.getJsonObject(ThreadLocalRandom.current().nextInt(items.size())).getJsonNumber("id").longValue();
        call("GET /api/referrals/{id}", get("/api/referrals/" + id));
      }
      JsonObject received = object(call("GET /api/intake/referrals?status=RECEIVED", get("/api/intake/referrals?status=RECEIVED&max=5")));
      if (received != null && !received.getJsonArray("items").isEmpty()) {
        JsonObject item = received.getJsonArray("items").getJsonObject(0);
        call("POST /api/referrals/{id}/status", post("/api/referrals/" + item.getJsonNumber("id") + "/status",
            "{\"status\":\"SEEKING_CONTACT\",\"version\":" + item.getJsonNumber("version") + "}"));
      }
    }

    /** Coordinators: the dashboard of a year and the funnel; practice managers: practice figures and team training. */
    void dashboard() throws Exception {
      String period = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
      if (praktijkId == 0) {
        call("GET /api/monitoring/dashboard (year)", get("/api/monitoring/dashboard?" + period));
        call("GET /api/monitoring/funnel (year)", get("/api/monitoring/funnel?" + period));
      } else {
        call("GET /api/monitoring/practice (year)", get("/api/monitoring/practice?" + period));
        call("GET /api/praktijken/{id}/training", get("/api/praktijken/" + praktijkId + "/training"));
        call("GET /api/praktijken/{id}/team", get("/api/praktijken/" + praktijkId + "/team"));
      }
    }

    /** Thinks, sends, records; returns the body of a 2xx answer, or null. */
    String call(String kind, HttpRequest.Builder request) throws Exception {
      if (stopping) {
        return null;
      }
      if (thinkMillis > 0) {
        Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
      }
      if (stopping || issued.incrementAndGet() > maxRequests) {
        stopping = true;
        return null;
      }
      boolean counted = measuring;
      long t = System.nanoTime();
      int status;
      String body = null;
      try {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        status = response.statusCode();
        body = response.body();
      } catch (java.io.IOException e) {
        status = -1;
        body = e.toString();
      }
      long elapsed = System.nanoTime() - t;
      boolean ok = status >= 200 && status < 300;
      if (counted && measuring) {
        timings.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(elapsed);
        if (!ok) {
          errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
          errorsByStatus.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
        }
      } else if (!ok) {
        warmupErrors.incrementAndGet();
      }
      if (!ok) {
        System.err.printf("%s %s %d %s%n", username, kind, status, body == null ? "" : body.substring(0, Math.min(200, body.length())));
        return null;
      }
      return body;
    }
  }

  static JsonObject object(String body) {
    return body == null ? null : Json.createReader(new StringReader(utf8(body))).readObject();
  }

  static JsonArray array(String body) {
    return body == null ? null : Json.createReader(new StringReader(utf8(body))).readArray();
  }

  /** Bodies are read as ISO-8859-1 (PDFs decode cheaply and losslessly); JSON is decoded here. */
  static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  /** The page's script nonce, which PrimeFaces' script adds to every form a browser posts. */
  static String nonce(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
    return m.find() ? m.group(1) : "";
  }

  /** The Origin a page of the server sends: session calls need it (CrossSiteRequestFilter). */
  static String origin() {
    URI uri = URI.create(base);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  static HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Origin", origin())
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
