package nl.spreekkamer.monitoring.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for {@code p:chart}: bar charts of counts in the platform's colour. A
 * suppressed value is left out of the bars (null); the table beside every chart says why.
 */
final class ChartJson {
  static final String COLOUR = "#0b5563";
  private static final int LINE = 18;

  private ChartJson() {}

  /**
   * A bar chart of counts. The heading above the chart names it, so the chart itself carries no
   * title; the count axis is named ({@code axisTitle}), starts at zero, shows whole numbers only
   * and writes them in the reader's notation ({@code locale}, e.g. {@code 1.200} in Dutch). Ticks
   * are 14 px so they read at 100% zoom.
   */
  static String bars(
      String series,
      String axisTitle,
      List<String> labels,
      List<Long> values,
      boolean horizontal,
      Locale locale) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(label -> names.add(lines(label)));
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
            .add("label", series)
            .add("data", data)
            .add("backgroundColor", COLOUR)
            .add("borderColor", COLOUR)
            .add("maxBarThickness", 40);
    JsonObjectBuilder countAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add(
                "title",
                Json.createObjectBuilder()
                    .add("display", true)
                    .add("text", axisTitle)
                    .add("font", font()))
            .add("ticks", Json.createObjectBuilder().add("precision", 0).add("font", font()));
    JsonObjectBuilder labelAxis =
        Json.createObjectBuilder()
            .add("ticks", Json.createObjectBuilder().add("autoSkip", false).add("font", font()));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("locale", locale.toLanguageTag())
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false))
                    .add("title", Json.createObjectBuilder().add("display", false)))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(horizontal ? "x" : "y", countAxis)
                    .add(horizontal ? "y" : "x", labelAxis));
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

  /** A fresh font each time: a JSON builder empties itself when it is added. */
  private static JsonObjectBuilder font() {
    return Json.createObjectBuilder().add("size", 14);
  }

  /**
   * A long label (a practice's name) as lines of at most {@value #LINE} characters, broken between
   * words, so it fits beside the bars on a phone; Chart.js draws an array as lines.
   */
  static JsonArrayBuilder lines(String label) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return lines.add(line.toString());
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
