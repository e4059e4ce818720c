package nl.spreekkamer.testing;

import jakarta.json.JsonObject;

/** Creates fresh accounts through the real API, so tests never lock or change the demo accounts. */
public final class TestAccounts {
  private TestAccounts() {}

  /** An account with its one-time password and its practice. */
  public record Created(long id, String username, String password, long praktijkId) {}

  /** A new member of the demo practice De Linde, added by its practice manager. */
  public static Created createPracticeMember(String role) {
    return createPracticeMember(role, "");
  }

  /**
   * A new member with registration numbers, e.g. {@code "bigNumber":"...","registerNumber":"..."}.
   */
  public static Created createPracticeMember(String role, String extraFields) {
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
