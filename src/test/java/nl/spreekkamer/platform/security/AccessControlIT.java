package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role is refused where it does not belong, on pages and in the API. */
class AccessControlIT {
  @ParameterizedTest
  @CsvSource({
    "huisarts,/beheer/accounts.xhtml",
    "praktijkmanager,/beheer/gemeenten.xhtml",
    "intake,/praktijk/team.xhtml",
    "coordinator,/beheer/praktijken.xhtml",
    "coordinator,/beheer/mail.xhtml",
    "redactie,/praktijk/team.xhtml",
    "beheer,/praktijk/team.xhtml",
    "assistent,/praktijk/team.xhtml",
    "intake,/openers/index.xhtml"
  })
  void pagesOfOtherRolesAreForbidden(String username, String page) {
    var answer = Pages.loggedInAs(username).get(page);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body())
        .contains("Geen toegang")
        .doesNotContain("at nl.spreekkamer")
        .doesNotContain("ServletException");
  }

  @ParameterizedTest
  @CsvSource({
    "praktijkmanager,/praktijk/team.xhtml",
    "beheer,/beheer/accounts.xhtml",
    "beheer,/beheer/gemeenten.xhtml",
    "beheer,/beheer/praktijken.xhtml",
    "beheer,/beheer/mail.xhtml",
    "huisarts,/profiel.xhtml",
    "intake-b,/index.xhtml",
    "assistent,/openers/index.xhtml"
  })
  void pagesOfTheOwnRoleOpen(String username, String page) {
    assertThat(Pages.loggedInAs(username).get(page).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
    "huisarts,GET,/api/accounts",
    "praktijkmanager,GET,/api/accounts",
    "intake,POST,/api/gemeenten",
    "coordinator,POST,/api/praktijken",
    "redactie,GET,/api/accounts",
    "huisarts,GET,/api/praktijken/1/team",
    "intake,GET,/api/praktijken/1/team"
  })
  void apiCallsOfOtherRolesAreForbidden(String username, String method, String path) {
    Api api = Api.as(username);
    Api.Reply reply = method.equals("GET") ? api.get(path) : api.post(path, "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }
}
