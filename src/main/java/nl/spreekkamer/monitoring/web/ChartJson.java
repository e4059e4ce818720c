package nl.spreekkamer.monitoring.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}: simple bar charts in the platform's colour. A
 * suppressed value is left out of the bars (null); the table beside every chart says why.
 */
final class ChartJson {
  static final String COLOUR = "#0b5563";

  private ChartJson() {}

  static String bars(String title, List<String> labels, List<Long> values, boolean horizontal) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Long value : values) {
      if (value == null) {
        data.addNull();
      } else {
        data.add(value);
      }
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", title)
            .add("data", data)
            .add("backgroundColor", COLOUR)
            .add("borderColor", COLOUR);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false))
                    .add(
                        "title",
                        Json.createObjectBuilder().add("display", true).add("text", title)))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        horizontal ? "x" : "y",
                        Json.createObjectBuilder()
                            .add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", names)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build()
        .toString()
        .transform(ChartJson::scriptSafe);
  }

  /**
   * The JSON made safe inside an HTML {@code <script>} element, where PrimeFaces writes it: {@code
   * <}, {@code >} and {@code &} (only ever inside JSON strings) become unicode escapes, so a name
   * holding {@code </script>} or {@code <!--} stays a string. U+2028 and U+2029 are escaped for old
   * script parsers. The value Chart.js reads is unchanged.
   */
  static String scriptSafe(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
