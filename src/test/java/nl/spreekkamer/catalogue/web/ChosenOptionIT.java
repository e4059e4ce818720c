package nl.spreekkamer.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.Test;

/**
 * The plain select menus of GET forms (the catalogue's gemeente, the social map's need) mark only
 * the chosen option as selected: an attribute that is null must not render as selected="".
 */
class ChosenOptionIT {
  private static int selected(String html, String selectId) {
    Matcher select =
        Pattern.compile("<select id=\"" + selectId + "\".*?</select>", Pattern.DOTALL)
            .matcher(html);
    assertThat(select.find()).as(selectId + " on the page").isTrue();
    Matcher option = Pattern.compile("<option[^>]*selected").matcher(select.group());
    int count = 0;
    while (option.find()) {
      count++;
    }
    return count;
  }

  @Test
  void onlyTheChosenOptionIsSelected() {
    long gemeente =
        Api.as("assistent").get("/api/me").json().getJsonObject("gemeente").getInt("id");
    String map =
        Pages.anonymous()
            .get("/sociale-kaart.xhtml?gemeente=" + gemeente + "&kind=FOOD_BANK")
            .body();
    assertThat(selected(map, "kind")).isEqualTo(1);
    assertThat(map).containsPattern("<option value=\"FOOD_BANK\" selected");

    String catalogue =
        Pages.loggedInAs("redactie").get("/catalogus/index.xhtml?gemeenteId=" + gemeente).body();
    assertThat(selected(catalogue, "gemeenteId")).isEqualTo(1);
    assertThat(catalogue).containsPattern("<option value=\"" + gemeente + "\" selected");
  }
}
