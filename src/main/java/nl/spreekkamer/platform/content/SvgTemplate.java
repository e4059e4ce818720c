package nl.spreekkamer.platform.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An illustration (SVG) whose words are filled in per language. Every {@code <text>}, {@code
 * <title>} and {@code <desc>} has an id: {@code t-...} for a translated text, or one of the
 * personalisation ids the caller names (e.g. {@code p-meldpunt-phone}). Parsed once; each fill
 * works on a copy.
 */
public final class SvgTemplate {
  public static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final List<String> TEXT_TAGS = List.of("text", "title", "desc");

  private final String file;
  private final Document svg;
  private final Set<String> textIds;

  private SvgTemplate(String file, Document svg, Set<String> textIds) {
    this.file = file;
    this.svg = svg;
    this.textIds = textIds;
  }

  /** Reads the SVG; text elements need an id with {@code t-} or one of the {@code fixedIds}. */
  public static SvgTemplate parse(String file, InputStream in, Set<String> fixedIds) {
    Document svg = parseXml(file, in);
    Set<String> ids = new LinkedHashSet<>();
    Set<String> fixedSeen = new LinkedHashSet<>();
    for (String tag : TEXT_TAGS) {
      NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        String id = ((Element) nodes.item(i)).getAttribute("id");
        if (fixedIds.contains(id)) {
          fixedSeen.add(id);
        } else if (id.startsWith("t-")) {
          if (!ids.add(id)) {
            throw new ContentException(file, 0, "id " + id + " komt twee keer voor");
          }
        } else {
          throw new ContentException(file, 0, "<" + tag + "> zonder id die begint met t-");
        }
      }
    }
    for (String fixed : fixedIds) {
      if (!fixedSeen.contains(fixed) && byId(svg, fixed) == null) {
        throw new ContentException(file, 0, "het element met id " + fixed + " ontbreekt");
      }
    }
    return new SvgTemplate(file, svg, Set.copyOf(ids));
  }

  public String file() {
    return file;
  }

  /** The ids of the translated texts ({@code t-...}). */
  public Set<String> textIds() {
    return textIds;
  }

  /** A copy with the translated texts filled in; one line as text, several as tspans. */
  public synchronized Document fill(Map<String, List<String>> texts) {
    Document copy = (Document) svg.cloneNode(true);
    texts.forEach((id, lines) -> replaceText(copy, id, lines));
    return copy;
  }

  /** The element with this id, or {@code null}. */
  public static Element byId(Document svg, String id) {
    NodeList all = svg.getElementsByTagNameNS(SVG_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    return null;
  }

  /** Puts the lines in the element: one line as text, several as tspans under each other. */
  public static void replaceText(Document svg, String id, List<String> lines) {
    Element element = byId(svg, id);
    if (element == null) {
      throw new IllegalStateException("No element " + id);
    }
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

  /** The SVG markup without an XML prolog, for inlining in HTML. */
  public static String serialise(Document svg) {
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

  private static Document parseXml(String file, InputStream in) {
    try (in) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (SAXException e) {
      throw new ContentException(file, 0, "geen geldige SVG (" + e.getMessage() + ")");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
