package nl.spreekkamer.platform.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Takes the {@code <text>} elements out of an illustration and gives them back as positioned HTML,
 * so a PDF carries real text (searchable, readable aloud, sharp in print) instead of the glyph
 * outlines Batik draws for SVG text. Supports what the content rules allow: {@code x}, {@code y},
 * {@code font-size}, {@code font-weight}, {@code fill}, {@code text-anchor} and tspans one line
 * below the other; no transforms.
 */
public final class SvgTextLayer {
  /** Where the baseline of DejaVu Sans sits in a line box of line-height 1.25, in em. */
  static final double BASELINE = 0.971;

  /** Width of the box around a centred or right-aligned text, in user units. */
  private static final double WIDE = 400;

  private SvgTextLayer() {}

  /**
   * Removes the texts from the SVG and returns them as absolutely positioned HTML; {@code scale} is
   * millimetres per SVG user unit.
   */
  public static String extract(Document svg, double scale) {
    NodeList found = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<Element> texts = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      texts.add((Element) found.item(i));
    }
    StringBuilder html = new StringBuilder();
    for (Element text : texts) {
      html.append(box(text, scale));
      text.getParentNode().removeChild(text);
    }
    return html.toString();
  }

  private static String box(Element text, double scale) {
    double x = number(text, "x", 0);
    double y = number(text, "y", 0);
    double size = number(text, "font-size", 4);
    String anchor = text.getAttribute("text-anchor");
    double left;
    double width;
    String align;
    switch (anchor) {
      case "middle" -> {
        left = x - WIDE / 2;
        width = WIDE;
        align = "center";
      }
      case "end" -> {
        left = x - WIDE;
        width = WIDE;
        align = "right";
      }
      default -> {
        left = x;
        width = WIDE;
        align = "left";
      }
    }
    StringBuilder box = new StringBuilder("<div class=\"svg-text\" style=\"");
    box.append(
        String.format(
            Locale.ROOT, "left:%.2fmm;top:%.2fmm;", left * scale, (y - BASELINE * size) * scale));
    box.append(
        String.format(Locale.ROOT, "width:%.2fmm;font-size:%.3fmm;", width * scale, size * scale));
    box.append("text-align:").append(align).append(';');
    if ("bold".equals(text.getAttribute("font-weight"))) {
      box.append("font-weight:bold;");
    }
    String fill = text.getAttribute("fill");
    if (fill.matches("#[0-9a-fA-F]{3,8}")) {
      box.append("color:").append(fill).append(';');
    }
    box.append("\">");
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        box.append("<br/>");
      }
      box.append(escape(lines.get(i)));
    }
    return box.append("</div>").toString();
  }

  private static List<String> lines(Element text) {
    List<String> lines = new ArrayList<>();
    NodeList children = text.getChildNodes();
    boolean spans = false;
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element span && "tspan".equals(span.getLocalName())) {
        spans = true;
        lines.add(span.getTextContent().strip());
      }
    }
    if (!spans) {
      lines.add(text.getTextContent().strip());
    }
    return lines;
  }

  private static double number(Element element, String attribute, double fallback) {
    String value = element.getAttribute(attribute).replace("px", "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
