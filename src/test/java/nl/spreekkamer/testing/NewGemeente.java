package nl.spreekkamer.testing;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh gemeente with two practices, a coordinator and an assistant in the first practice, made
 * through the real API by beheer, so kit tests never share stock or shipments with the demo data.
 */
public record NewGemeente(
    long id,
    String phone,
    long praktijk1,
    long praktijk2,
    Api coordinator,
    Api assistant,
    Api assistant2,
    Api intake) {

  public static NewGemeente create() {
    return create(TestAccounts.unique("Kitdorp"), "Huisartsen De Wilg");
  }

  /** A fresh gemeente of this name whose first practice has this name. */
  public static NewGemeente create(String name, String firstPracticeName) {
    return create(name, firstPracticeName, 3, 20);
  }

  /** A fresh gemeente with this response norm in working days (urgent, other). */
  public static NewGemeente create(
      String name, String firstPracticeName, int urgentDays, int regularDays) {
    Api beheer = Api.as("beheer");
    String cbs = "GM" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    String phone = "0580 " + (10 + ThreadLocalRandom.current().nextInt(89)) + " 44 55";
    Api.Reply gemeente =
        beheer.post(
            "/api/gemeenten",
            """
            {"name":%s,"cbsCode":"%s",
             "meldpunt":{"name":"Meldpunt Kitdorp","phone":"%s","email":"meldpunt@kitdorp.example",
                         "street":"Marktplein 2","postcode":"7400 AB","city":"Kitdorp",
                         "openingHours":"Werkdagen 9-17 uur","website":"https://www.kitdorp.example/geld"},
             "locations":[{"type":"PRAKTIJK","description":"In de praktijk"}],
             "urgentWorkingDays":%d,"regularWorkingDays":%d}
            """
                .formatted(
                    jakarta.json.Json.createValue(name), cbs, phone, urgentDays, regularDays));
    if (gemeente.status() != 201) {
      // a clash of the random CBS code: try once more with another
      return create(name, firstPracticeName, urgentDays, regularDays);
    }
    long gemeenteId = gemeente.json().getJsonNumber("id").longValue();
    long p1 = praktijk(beheer, gemeenteId, firstPracticeName);
    long p2 = praktijk(beheer, gemeenteId, "Huisartsen Het Veld");
    Api coordinator = account(beheer, "GEMEENTE_COORDINATOR", "\"gemeenteId\":" + gemeenteId);
    Api assistant = account(beheer, "ASSISTENT", "\"praktijkId\":" + p1);
    Api assistant2 = account(beheer, "ASSISTENT", "\"praktijkId\":" + p2);
    Api intake = account(beheer, "GEMEENTE_INTAKE", "\"gemeenteId\":" + gemeenteId);
    return new NewGemeente(gemeenteId, phone, p1, p2, coordinator, assistant, assistant2, intake);
  }

  private static long praktijk(Api beheer, long gemeenteId, String name) {
    String agb = "0" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    Api.Reply reply =
        beheer.post(
            "/api/praktijken",
            """
            {"name":%s,"agbCode":"%s","street":"Dorpsstraat 1","postcode":"7400 AC",
             "city":"Kitdorp","gemeenteId":%d,"feedbackEmail":"praktijk@kitdorp.example"}
            """
                .formatted(jakarta.json.Json.createValue(name), agb, gemeenteId));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create a practice: " + reply);
    }
    return reply.json().getJsonNumber("id").longValue();
  }

  private static Api account(Api beheer, String role, String membership) {
    String username = TestAccounts.unique("kit");
    Api.Reply reply =
        beheer.post(
            "/api/accounts",
            """
            {"username":"%s","displayName":"Test %s","email":"%s@test.example","roles":["%s"],%s}
            """
                .formatted(username, username, username, role, membership));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create an account: " + reply);
    }
    JsonObject created = reply.json();
    return Api.as(
        username, TestAccounts.chooseOwnPassword(username, created.getString("initialPassword")));
  }
}
