package nl.spreekkamer.print.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;
import nl.spreekkamer.print.domain.PlateLanguage;
import nl.spreekkamer.print.domain.PlateTexts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The talking plate from {@code content/praatplaat/}: the illustration (SVG) and its texts per
 * language, read and cross-checked when the application starts. Every text element of the SVG has
 * an id starting with {@code t-}; every language file gives a text for each of those ids.
 */
@ApplicationScoped
public class PlateContent {
  static final String FOLDER = "content/praatplaat/";
  static final String SVG = FOLDER + "praatplaat.svg";
  private static final int MAX_LINE = 600;
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Document illustration;
  private final Map<PlateLanguage, PlateTexts> texts = new EnumMap<>(PlateLanguage.class);

  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ensureLoaded();
  }

  public synchronized PlateTexts texts(PlateLanguage language) {
    ensureLoaded();
    return texts.get(language);
  }

  /** The illustration with its texts in the given language, as SVG markup without a prolog. */
  public synchronized String svg(PlateLanguage language) {
    ensureLoaded();
    Document copy = (Document) illustration.cloneNode(true);
    texts.get(language).front().forEach((id, lines) -> replaceText(copy, id, lines));
    return serialise(copy);
  }

  private void ensureLoaded() {
    if (illustration != null) {
      return;
    }
    Document svg = parseSvg();
    Set<String> ids = textIds(svg);
    for (PlateLanguage language : PlateLanguage.values()) {
      texts.put(language, readTexts(language, ids));
    }
    illustration = svg;
  }

  private static Document parseSvg() {
    try (InputStream in = open(SVG)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (SAXException e) {
      throw new ContentException(SVG, 0, "geen geldige SVG (" + e.getMessage() + ")");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> textIds(Document svg) {
    Set<String> ids = new LinkedHashSet<>();
    for (String tag : List.of("text", "title", "desc")) {
      NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        String id = ((Element) nodes.item(i)).getAttribute("id");
        if (!id.startsWith("t-")) {
          throw new ContentException(SVG, 0, "<" + tag + "> zonder id die begint met t-");
        }
        ids.add(id);
      }
    }
    return ids;
  }

  private static PlateTexts readTexts(PlateLanguage language, Set<String> ids) {
    String file = FOLDER + language.code() + ".yaml";
    try (InputStream in = open(file)) {
      YamlContent yaml = YamlContent.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
      YamlContent.Item top = yaml.top();
      YamlContent.Item front = top.item("front");
      Set<String> given = new LinkedHashSet<>(front.keys());
      if (!given.equals(ids)) {
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(given);
        given.removeAll(ids);
        throw front.error(
            "front", "past niet bij de SVG: ontbreekt " + missing + ", onbekend " + given);
      }
      Map<String, List<String>> lines = new HashMap<>();
      ids.forEach(id -> lines.put(id, front.lines(id, MAX_LINE)));
      YamlContent.Item back = top.item("back");
      List<String> prompts = back.lines("agreements_prompts", 120);
      if (prompts.size() != 3) {
        throw back.error("agreements_prompts", "moet precies 3 vragen hebben");
      }
      return new PlateTexts(
          language,
          top.text("name", 40),
          lines,
          new PlateTexts.Back(
              back.text("title", 80),
              back.text("intro", 400),
              back.text("agreements_heading", 80),
              prompts,
              back.text("referral_heading", 120),
              back.text("referral_text", 400),
              back.text("meldpunt_heading", 120),
              back.text("phone_label", 40),
              back.text("email_label", 40),
              back.text("address_label", 40),
              back.text("hours_label", 40),
              back.text("website_label", 40),
              back.text("next_appointment_label", 80),
              back.text("footer", 200)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts the lines in the element: one line as text, several as tspans under each other. */
  private static void replaceText(Document svg, String id, List<String> lines) {
    Element element = byId(svg, id);
    while (element.getFirstChild() != null) {
      element.removeChild(element.getFirstChild());
    }
    if (lines.size() == 1 || !"text".equals(element.getLocalName())) {
      element.setTextContent(String.join(" ", lines));
      return;
    }
    String x = element.getAttribute("x");
    for (int i = 0; i < lines.size(); i++) {
      Element span = svg.createElementNS(SVG_NS, "tspan");
      span.setAttribute("x", x);
      span.setAttribute("dy", i == 0 ? "0" : "1.25em");
      span.setTextContent(lines.get(i));
      element.appendChild(span);
    }
  }

  private static Element byId(Document svg, String id) {
    for (String tag : List.of("text", "title", "desc")) {
      NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Node node = nodes.item(i);
        if (id.equals(((Element) node).getAttribute("id"))) {
          return (Element) node;
        }
      }
    }
    throw new IllegalStateException("No text element " + id);
  }

  private static String serialise(Document svg) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(svg.getDocumentElement()), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = PlateContent.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new ContentException(path, 0, "het bestand ontbreekt");
    }
    return in;
  }
}
