package nl.spreekkamer.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/** Creates fresh accounts through the real API, so tests never lock or change the demo accounts. */
public final class TestAccounts {
  private TestAccounts() {}

  /** An account with its password and its practice. */
  public record Created(long id, String username, String password, long praktijkId) {}

  /**
   * A new member of the demo practice De Linde, added by its practice manager, who has replaced the
   * one-time password by an own one (until then the API refuses everything else).
   */
  public static Created createPracticeMember(String role) {
    return createPracticeMember(role, "");
  }

  /** A new member who still has the one-time password the manager was given. */
  public static Created createPracticeMemberWithOneTimePassword(String role) {
    return create(role, "");
  }

  /**
   * A new member with registration numbers, e.g. {@code "bigNumber":"...","registerNumber":"..."}.
   */
  public static Created createPracticeMember(String role, String extraFields) {
    Created created = create(role, extraFields);
    return new Created(
        created.id(),
        created.username(),
        chooseOwnPassword(created.username(), created.password()),
        created.praktijkId());
  }

  /** Replaces a one-time password by a random own one, as a new user does first, and returns it. */
  public static String chooseOwnPassword(String username, String oneTimePassword) {
    String own =
        "Eigen-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + "-zin";
    Api.Reply reply =
        Api.as(username, oneTimePassword)
            .post(
                "/api/me/password",
                Json.createObjectBuilder()
                    .add("currentPassword", oneTimePassword)
                    .add("newPassword", own)
                    .build()
                    .toString());
    if (reply.status() != 204) {
      throw new IllegalStateException("Could not choose a password: " + reply);
    }
    return own;
  }

  private static Created create(String role, String extraFields) {
    long praktijkId =
        Api.as("praktijkmanager")
            .get("/api/me")
            .json()
            .getJsonObject("practice")
            .getJsonNumber("id")
            .longValue();
    String username = unique("test");
    Api.Reply reply =
        Api.as("praktijkmanager")
            .post(
                "/api/praktijken/" + praktijkId + "/team",
                """
                {"username":"%s","displayName":"Test %s","email":"%s@test.example","roles":["%s"]%s}
                """
                    .formatted(
                        username,
                        username,
                        username,
                        role,
                        extraFields.isEmpty() ? "" : "," + extraFields));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create a test account: " + reply);
    }
    JsonObject created = reply.json();
    return new Created(
        created.getJsonObject("account").getJsonNumber("id").longValue(),
        username,
        created.getString("initialPassword"),
        praktijkId);
  }

  public static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }
}
