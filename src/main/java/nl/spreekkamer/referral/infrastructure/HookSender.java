package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Calls a case system's rest-hook (FHIR R4): without payload one POST to the endpoint, with payload
 * a PUT of each Task to {@code [endpoint]/Task/[id]}. The subscription's header (e.g. a shared
 * secret) goes with every request. Redirects are not followed.
 */
@ApplicationScoped
public class HookSender {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String FHIR_JSON = "application/fhir+json";

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** One Task to send: its id and its JSON. */
  public record Notice(long id, String json) {}

  /**
   * Sends the notices.
   *
   * @return {@code null} when the hook took all of them (2xx), otherwise what went wrong
   */
  public String send(String endpoint, String header, boolean withPayload, List<Notice> notices) {
    try {
      if (!withPayload) {
        return answer(
            client.send(
                request(endpoint, header).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()));
      }
      String base = endpoint.endsWith("/") ? endpoint : endpoint + "/";
      for (Notice notice : notices) {
        String failure =
            answer(
                client.send(
                    request(base + "Task/" + notice.id(), header)
                        .header("Content-Type", FHIR_JSON)
                        .PUT(HttpRequest.BodyPublishers.ofString(notice.json()))
                        .build(),
                    HttpResponse.BodyHandlers.discarding()));
        if (failure != null) {
          return failure;
        }
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return e.getMessage() == null
          ? e.getClass().getSimpleName()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static HttpRequest.Builder request(String url, String header) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    if (header != null && header.indexOf(':') > 0) {
      int colon = header.indexOf(':');
      request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
    }
    return request;
  }

  private static String answer(HttpResponse<?> response) {
    int status = response.statusCode();
    return status >= 200 && status < 300 ? null : "HTTP " + status;
  }
}
