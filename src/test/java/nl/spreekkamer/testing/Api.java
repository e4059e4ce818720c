package nl.spreekkamer.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the running test server: Basic auth, JSON in and out. */
public final class Api {
  public static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9081");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String authorization;
  private final String language;

  private Api(String authorization) {
    this(authorization, null);
  }

  private Api(String authorization, String language) {
    this.authorization = authorization;
    this.language = language;
  }

  /** The user name of a Basic client, e.g. to log the same person in with a browser. */
  public String username() {
    return credentials()[0];
  }

  /** The password of a Basic client. */
  public String password() {
    return credentials()[1];
  }

  private String[] credentials() {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      throw new IllegalStateException("Not a Basic client");
    }
    String decoded =
        new String(
            Base64.getDecoder().decode(authorization.substring("Basic ".length())),
            StandardCharsets.UTF_8);
    return decoded.split(":", 2);
  }

  /** The same client asking for answers in this language (Accept-Language). */
  public Api inLanguage(String languageTag) {
    return new Api(authorization, languageTag);
  }

  public static Api as(String username) {
    return as(username, "demo");
  }

  public static Api as(String username, String password) {
    return new Api(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public static Api anonymous() {
    return new Api(null);
  }

  /** A client that sends this exact Authorization header. */
  public static Api withHeader(String authorization) {
    return new Api(authorization);
  }

  public Reply get(String path) {
    return send(builder(path).GET());
  }

  /** A GET with one more request header, e.g. {@code Prefer}. */
  public Reply get(String path, String header, String value) {
    return send(builder(path).header(header, value).GET());
  }

  /**
   * Any method with a body of the given type and more headers as name, value pairs (e.g. a JSON
   * Patch with {@code If-Match}).
   */
  public Reply send(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        builder(path).header("Content-Type", contentType).method(method, body(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** A GET that accepts any content type, e.g. Prometheus text. */
  public Reply getText(String path) {
    return send(builder(path).setHeader("Accept", "*/*").GET());
  }

  /** A POST without a body whose answer may be any type, e.g. a CSV export. */
  public Reply postText(String path) {
    return send(builder(path).setHeader("Accept", "*/*").POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Reply post(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply put(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Reply delete(String path) {
    return send(builder(path).DELETE());
  }

  /** A POST whose answer is binary, e.g. a PDF or an image. */
  public HttpResponse<byte[]> postForBytes(String path, String json) {
    return sendForBytes(
        builder(path)
            .setHeader("Accept", "*/*")
            .header("Content-Type", "application/json")
            .POST(body(json)));
  }

  /** A GET whose answer is binary, e.g. a PDF. */
  public HttpResponse<byte[]> getBytes(String path) {
    return sendForBytes(builder(path).setHeader("Accept", "*/*").GET());
  }

  private static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return json == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE_URL + path))
            .timeout(Duration.ofSeconds(30))
            .setHeader("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer with helpers to read JSON. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
