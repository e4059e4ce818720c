package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.PaperSize;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.content.LanguageTexts;
import nl.spreekkamer.platform.content.SvgTemplate;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.platform.pdf.QrCode;
import nl.spreekkamer.platform.pdf.SvgTextLayer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A poster as a print-ready PDF of one page: the design in the chosen language with the gemeente's
 * meldpunt and a QR code to its web page in the contact block. The same SVG fills A4 and A3.
 */
@ApplicationScoped
public class PosterDocument {
  /** Names up to this length fit the contact block at the design's font size. */
  static final int NAME_FITS = 45;

  /** The designs are drawn on A4 in millimetres (viewBox 0 0 210 297). */
  static final int DESIGN_WIDTH = 210;

  @Inject PdfDocuments pdf;
  @Inject ContentCatalogue content;

  public byte[] render(CatalogueItem poster, String language, PaperSize size, Gemeente gemeente) {
    LanguageTexts texts = content.texts(poster, language);
    Document svg = content.poster(poster).fill(texts.texts());
    MeldpuntDetails details = MeldpuntDetails.of(gemeente);
    fitText(svg, "p-meldpunt-name", details.meldpunt().name());
    fitText(svg, "p-meldpunt-phone", details.meldpunt().phone());
    fitText(svg, "p-meldpunt-web", details.web());
    drawQr(svg, details.link());
    String textLayer = SvgTextLayer.extract(svg, size.width() / (double) DESIGN_WIDTH);
    return pdf.render(
        "poster",
        Map.of(
            "lang",
            language,
            "title",
            texts.line("t-svgtitle"),
            "size",
            size.css(),
            "width",
            size.width() + "mm",
            "height",
            size.height() + "mm",
            "svg",
            SvgTemplate.serialise(svg),
            "texts",
            textLayer));
  }

  /** The design in Dutch with its sample contact block, as SVG markup. */
  public String preview(CatalogueItem poster) {
    return SvgTemplate.serialise(content.poster(poster).fill(content.texts(poster, "nl").texts()));
  }

  /** Sets the text; a longer text than the design allows gets a proportionally smaller font. */
  private static void fitText(Document svg, String id, String text) {
    SvgTemplate.replaceText(svg, id, List.of(text));
    if (text.length() > NAME_FITS) {
      Element element = SvgTemplate.byId(svg, id);
      double size = Double.parseDouble(element.getAttribute("font-size"));
      element.setAttribute(
          "font-size", String.format(Locale.ROOT, "%.2f", size * NAME_FITS / text.length()));
    }
  }

  /** Replaces the white square {@code p-qr} by the QR code, drawn as vector squares. */
  private static void drawQr(Document svg, String link) {
    Element box = SvgTemplate.byId(svg, "p-qr");
    QrCode.Vector qr = QrCode.vector(link);
    Element group = svg.createElementNS(SvgTemplate.SVG_NS, "svg");
    for (String attribute : List.of("x", "y", "width", "height")) {
      group.setAttribute(attribute, box.getAttribute(attribute));
    }
    group.setAttribute("viewBox", "0 0 " + qr.size() + " " + qr.size());
    group.setAttribute("id", "p-qr");
    Element white = svg.createElementNS(SvgTemplate.SVG_NS, "rect");
    white.setAttribute("width", String.valueOf(qr.size()));
    white.setAttribute("height", String.valueOf(qr.size()));
    white.setAttribute("fill", "#ffffff");
    Element dark = svg.createElementNS(SvgTemplate.SVG_NS, "path");
    dark.setAttribute("d", qr.path());
    dark.setAttribute("fill", "#000000");
    group.appendChild(white);
    group.appendChild(dark);
    box.getParentNode().replaceChild(group, box);
  }
}
