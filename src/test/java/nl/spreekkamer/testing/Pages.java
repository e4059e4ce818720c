package nl.spreekkamer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fetches Faces pages over HTTP with a cookie jar, logging in through the real login form. */
public final class Pages {
  private final String base;
  private final CookieManager cookies;
  private final HttpClient client;

  private Pages(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static Pages anonymous() {
    return at(Api.BASE_URL);
  }

  /** An anonymous browser for the server at {@code base}. */
  public static Pages at(String base) {
    return new Pages(base, new CookieManager());
  }

  /** The same browser (same cookies, so the same session) talking to another server. */
  public Pages on(String otherBase) {
    return new Pages(otherBase, cookies);
  }

  public static Pages loggedInAs(String username) {
    return anonymous().loggedIn(username);
  }

  /** Logs this browser in with the demo password; fails unless the login succeeds. */
  public Pages loggedIn(String username) {
    Pages pages = this;
    HttpResponse<String> answer = pages.login(username, "demo");
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode());
    }
    return pages;
  }

  /** Posts the login form as a browser would; the login page is stateless. */
  public HttpResponse<String> login(String username, String password) {
    HttpResponse<String> form = get("/login.xhtml");
    return post(
        "/login.xhtml",
        Map.of(
            "loginForm_SUBMIT",
            "1",
            "loginForm:username",
            username,
            "loginForm:password",
            password,
            "loginForm:terug",
            "",
            "loginForm:token",
            loginToken(form.body()),
            "primefaces.nonce",
            nonce(form.body()),
            "loginForm:login",
            "",
            "jakarta.faces.ViewState",
            "stateless"));
  }

  /**
   * The page's script nonce, which PrimeFaces' script adds to every form a browser posts and
   * PrimeFaces checks on the server (primefaces.CSP).
   */
  public static String nonce(String page) {
    Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
    return nonce.find() ? nonce.group(1) : "";
  }

  /** The login form's token (login CSRF), which goes with the cookie the page set. */
  public static String loginToken(String loginPage) {
    Matcher token =
        Pattern.compile("name=\"(?:loginForm|codeForm):token\" value=\"([^\"]*)\"")
            .matcher(loginPage);
    return token.find() ? token.group(1) : "";
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A GET as a script on a page of {@code origin} makes it (a cross-origin read attempt). */
  public HttpResponse<String> getWithOrigin(String path, String origin) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin).GET());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Any API call with this session, with a JSON body for methods that take one. */
  public HttpResponse<String> call(String method, String path, String json) {
    return call(method, path, json, "application/json");
  }

  /**
   * Any API call with this session and exactly this body (UTF-8) and Content-Type; no body when
   * {@code body} is null, no Content-Type when {@code contentType} is null.
   */
  public HttpResponse<String> call(String method, String path, String body, String contentType) {
    return callFrom(base, method, path, body, contentType);
  }

  /**
   * An API call with this session as a script on a page of {@code origin} makes it: the browser
   * sends that Origin. {@code null} sends none, as a non-browser client with a cookie jar would.
   */
  public HttpResponse<String> callFrom(
      String origin, String method, String path, String body, String contentType) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .method(method, publisher);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  public boolean hasSessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .anyMatch(c -> c.getName().equals("SPREEKKAMER_SESSION"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
