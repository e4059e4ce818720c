package nl.spreekkamer.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {
  @Test
  void labelsThatCloseTheScriptElementStayInsideTheirString() {
    String name = "De Linde</script><img src=x onerror=alert(1)><!-- & \u2028";
    String json = ChartJson.bars("Titel", List.of(name), List.of(3L), true);

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(json).doesNotContain("\u2028");
    String label =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("data")
            .getJsonArray("labels")
            .getString(0);
    assertThat(label).as("Chart.js reads the name unchanged").isEqualTo(name);
  }
}
