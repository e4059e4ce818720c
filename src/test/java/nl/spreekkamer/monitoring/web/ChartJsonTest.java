package nl.spreekkamer.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChartJsonTest {
  @Test
  void labelsThatCloseTheScriptElementStayInsideTheirString() {
    String name = "De Linde</script><img src=x onerror=alert(1)><!-- & \u2028";
    String json =
        ChartJson.bars(
            "Reeks", "As", List.of(name), List.of(3L), true, Locale.forLanguageTag("nl"));

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(json).doesNotContain("\u2028");
    String label =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("data")
            .getJsonArray("labels")
            .getJsonArray(0)
            .getValuesAs(JsonString::getString)
            .stream()
            .collect(Collectors.joining(" "));
    assertThat(label).as("Chart.js reads the name unchanged, in lines").isEqualTo(name);
  }

  @Test
  void theCountAxisIsNamedStartsAtZeroAndCountsInTheReadersNotation() {
    JsonObject chart =
        Json.createReader(
                new StringReader(
                    ChartJson.bars(
                        "Verwijzingen",
                        "Aantal verwijzingen",
                        List.of("jan", "feb"),
                        Arrays.asList(1200L, null),
                        false,
                        Locale.forLanguageTag("nl"))))
            .readObject();
    JsonObject options = chart.getJsonObject("options");
    JsonObject countAxis = options.getJsonObject("scales").getJsonObject("y");

    assertThat(options.getString("locale")).isEqualTo("nl");
    assertThat(countAxis.getJsonObject("title").getString("text")).isEqualTo("Aantal verwijzingen");
    assertThat(countAxis.getBoolean("beginAtZero")).isTrue();
    assertThat(countAxis.getJsonObject("ticks").getInt("precision")).isZero();
    assertThat(options.getJsonObject("plugins").getJsonObject("title").getBoolean("display"))
        .as("the heading above the chart names it")
        .isFalse();
    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .isNull(1))
        .as("a suppressed value is no bar")
        .isTrue();
  }

  @Test
  void aLongNameIsBrokenIntoLinesBetweenWords() {
    assertThat(ChartJson.lines("Gezondheidscentrum Het Anker").build().toString())
        .isEqualTo("[\"Gezondheidscentrum\",\"Het Anker\"]");
    assertThat(ChartJson.lines("Ontvangen").build().toString()).isEqualTo("[\"Ontvangen\"]");
  }
}
