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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * N concurrent learners take module 1 through the API against a running server: each logs in once
 * with the login form (session cookie), reads every lesson, fails a first test attempt, learns
 * from the feedback, passes the retake, and downloads the certificate. Latency per request kind.
 *
 * <p>java -cp parsson.jar:jakarta.json-api.jar bench/LearningLoad.java http://localhost:9080 200 2000
 * (the last argument is the mean think time between requests in ms; 0 makes it a stress test)
 */
public class LearningLoad {
  static final String MODULE = "geldzorgen-spreekkamer";
  static final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
  static final AtomicInteger errors = new AtomicInteger();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args.length > 0 ? args[0] : "http://localhost:9080";
    int learners = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    thinkMillis = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    String[][] accounts = createAccounts(learners);
    System.out.printf("%d accounts ready%n", learners);
    ExecutorService pool = Executors.newFixedThreadPool(learners);
    CountDownLatch ready = new CountDownLatch(learners);
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(learners);
    List<String> certificates = Collections.synchronizedList(new ArrayList<>());
    for (String[] account : accounts) {
      pool.submit(
          () -> {
            try {
              HttpClient client = login(account[0], account[1]);
              ready.countDown();
              start.await();
              String code = learn(client);
              if (code != null) {
                certificates.add(code);
              }
            } catch (Exception e) {
              errors.incrementAndGet();
              System.err.println(e);
            } finally {
              done.countDown();
            }
          });
    }
    ready.await();
    System.out.printf("%d learners logged in (not timed)%n", learners);
    long t0 = System.nanoTime();
    start.countDown();
    done.await();
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    int requests = timings.values().stream().mapToInt(List::size).sum();
    System.out.printf(
        "%d learners (think time %d ms), %d requests in %.1f s = %.0f req/s, %d errors, %d"
            + " certificates%n",
        learners, thinkMillis, requests, seconds, requests / seconds, errors.get(), certificates.size());
    List<Long> all = new ArrayList<>();
    timings.forEach((k, v) -> all.addAll(v));
    report("ALL (excluding login)", all);
    timings.keySet().stream().sorted().forEach(k -> report(k, timings.get(k)));
    certificatePdf();
  }

  static void report(String name, List<Long> nanos) {
    List<Long> v = new ArrayList<>(nanos);
    Collections.sort(v);
    if (v.isEmpty()) {
      return;
    }
    System.out.printf(
        "  %-28s n=%6d p50=%6.1f ms p95=%6.1f ms p99=%6.1f ms max=%6.1f ms%n",
        name, v.size(), ms(v, 0.50), ms(v, 0.95), ms(v, 0.99), v.get(v.size() - 1) / 1e6);
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q) - 1)) / 1e6;
  }

  /** Fresh practice nurses in the demo practice, made by its manager (not timed). */
  static String[][] createAccounts(int n) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String manager = "Basic " + Base64.getEncoder().encodeToString("praktijkmanager:demo".getBytes());
    JsonObject me = json(client.send(get("/api/me").header("Authorization", manager).build(), body()).body());
    long praktijk = me.getJsonObject("practice").getJsonNumber("id").longValue();
    String[][] accounts = new String[n][];
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    String prefix = "bench" + Long.toString(System.currentTimeMillis() % 100000, 36);
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(
          pool.submit(
              () -> {
                String username = prefix + "-" + index;
                String payload =
                    "{\"username\":\"%s\",\"displayName\":\"Bench %d\",\"email\":\"%s@bench.example\",\"roles\":[\"POH\"],\"bigNumber\":\"92279180530\",\"registerNumber\":\"NVVPO-%d\"}"
                        .formatted(username, index, username, 100000 + index);
                HttpResponse<String> r =
                    client.send(
                        post("/api/praktijken/" + praktijk + "/team", payload)
                            .header("Authorization", manager)
                            .build(),
                        body());
                String initial = json(r.body()).getString("initialPassword");
                String own = "Bench eigen zin " + index;
                String change =
                    "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(initial, own);
                String basic =
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString((username + ":" + initial).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                // a one-time password must be replaced before the API does anything else
                client.send(post("/api/me/password", change).header("Authorization", basic).build(), body());
                accounts[index] = new String[] {username, own};
                return null;
              }));
    }
    for (var f : futures) {
      f.get();
    }
    pool.shutdown();
    return accounts;
  }

  /** The page's script nonce, which PrimeFaces' script adds to every form a browser posts. */
  static String nonce(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
    return m.find() ? m.group(1) : "";
  }

  /** The login form's token (login CSRF), which goes with the cookie the login page set. */
  static String loginToken(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"loginForm:token\" value=\"([^\"]*)\"").matcher(page);
    return m.find() ? m.group(1) : "";
  }

  /** Logs in with the login form, as a browser does; the session cookie then serves the API. */
  static HttpClient login(String username, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    String page = client.send(get("/login.xhtml").build(), body()).body();
    String form =
        Map.of(
                "loginForm_SUBMIT", "1",
                "loginForm:username", username,
                "loginForm:password", password,
                "loginForm:terug", "",
                "loginForm:token", loginToken(page),
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
        body());
    return client;
  }

  static String learn(HttpClient client) throws Exception {
    timed(client, "GET modules", get("/api/modules"));
    JsonObject module = json(timed(client, "GET module", get("/api/modules/" + MODULE)));
    for (JsonValue l : module.getJsonArray("lessons")) {
      String lesson = l.asJsonObject().getString("id");
      timed(client, "GET lesson", get("/api/modules/" + MODULE + "/lessons/" + lesson));
      timed(client, "POST progress", post("/api/modules/" + MODULE + "/lessons/" + lesson + "/progress", "{\"seconds\":90}"));
    }
    Map<String, List<String>> right = new HashMap<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      JsonObject view = json(timed(client, "POST attempt", post("/api/modules/" + MODULE + "/attempts", "{}")));
      long id = view.getJsonNumber("id").longValue();
      for (JsonValue q : view.getJsonArray("questions")) {
        String question = q.asJsonObject().getString("id");
        List<String> options = right.getOrDefault(question, List.of("a"));
        String keys = options.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(","));
        JsonObject feedback =
            json(
                timed(
                    client,
                    "POST answer",
                    post(
                        "/api/modules/" + MODULE + "/attempts/" + id + "/answers",
                        "{\"questionId\":\"" + question + "\",\"options\":[" + keys + "]}")));
        List<String> correct = new ArrayList<>();
        for (JsonValue o : feedback.getJsonArray("options")) {
          if (o.asJsonObject().getBoolean("correct")) {
            correct.add(o.asJsonObject().getString("key"));
          }
        }
        right.put(question, correct);
      }
      JsonObject result = json(timed(client, "POST submit", post("/api/modules/" + MODULE + "/attempts/" + id + "/submit", "{}")));
      if (result.getBoolean("passed")) {
        break;
      }
    }
    JsonArray certificates = json(timed(client, "GET certificates", get("/api/certificates"))).getJsonArray("x");
    if (certificates == null || certificates.isEmpty()) {
      return null;
    }
    String code = certificates.getJsonObject(0).getString("code");
    sample.compareAndSet(null, new Object[] {client, code});
    return code;
  }

  static final java.util.concurrent.atomic.AtomicReference<Object[]> sample =
      new java.util.concurrent.atomic.AtomicReference<>();

  /** One learner downloads the certificate PDF: 20 warm-up requests, then 100 timed ones. */
  static void certificatePdf() throws Exception {
    Object[] s = sample.get();
    if (s == null) {
      System.out.println("no certificate to download");
      return;
    }
    HttpClient client = (HttpClient) s[0];
    HttpRequest request = get("/api/certificates/" + s[1] + "/pdf").build();
    for (int i = 0; i < 20; i++) {
      client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    List<Long> v = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < 100; i++) {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      v.add(System.nanoTime() - t);
      bytes = r.body().length;
      if (r.statusCode() != 200) {
        errors.incrementAndGet();
      }
    }
    report("certificate PDF (" + bytes / 1024 + " KB)", v);
  }

  /** Mean pause between a learner's requests (reading, thinking), in ms; 0 for a stress test. */
  static int thinkMillis = 2000;

  static String timed(HttpClient client, String kind, HttpRequest.Builder request) throws Exception {
    if (thinkMillis > 0) {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
    }
    long t = System.nanoTime();
    HttpResponse<String> response = client.send(request.build(), body());
    long elapsed = System.nanoTime() - t;
    timings.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(elapsed);
    if (response.statusCode() >= 400) {
      errors.incrementAndGet();
      System.err.println(kind + " " + response.statusCode() + " " + response.body());
    }
    String text = response.body();
    return text.startsWith("[") ? "{\"x\":" + text + "}" : text;
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  /** The Origin a page of the server sends: session calls need it (CrossSiteRequestFilter). */
  static String origin() {
    URI uri = URI.create(base);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  static HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Origin", origin())
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
