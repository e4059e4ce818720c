package nl.spreekkamer.monitoring.infrastructure;

import java.util.List;
import java.util.Locale;

/**
 * A simple horizontal bar chart as SVG for the printed report; the numbers are also in the table
 * beside it, as text. A suppressed value draws no bar and says so.
 */
final class SvgBars {
  static final int WIDTH = 170;
  static final int ROW = 7;
  static final int LABEL = 60;

  private SvgBars() {}

  /** One bar: a label and a value, or null when suppressed. */
  record Bar(String label, Long value) {}

  static String chart(String title, List<Bar> bars, String suppressedText) {
    long max = bars.stream().filter(b -> b.value() != null).mapToLong(Bar::value).max().orElse(0);
    int height = bars.size() * ROW + 4;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%dmm\""
                    + " height=\"%dmm\"><title>%s</title>",
                WIDTH,
                height,
                WIDTH,
                height,
                escape(title)));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 2 + i * ROW;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-family=\"DejaVu Sans\" font-size=\"3.2\""
                  + " text-anchor=\"end\" fill=\"#1a1a1a\">%s</text>",
              LABEL - 2,
              y + 4.2,
              escape(bar.label())));
      if (bar.value() == null) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-family=\"DejaVu Sans\" font-size=\"3\""
                    + " fill=\"#555555\">%s</text>",
                LABEL + 1,
                y + 4.2,
                escape(suppressedText)));
        continue;
      }
      double length = max == 0 ? 0 : (WIDTH - LABEL - 20) * (double) bar.value() / max;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"5\" fill=\"#0b5563\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" font-family=\"DejaVu Sans\" font-size=\"3\""
                  + " fill=\"#1a1a1a\">%d</text>",
              LABEL,
              y + 0.5,
              length,
              LABEL + length + 1.5,
              y + 4.2,
              bar.value()));
    }
    return svg.append("</svg>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
