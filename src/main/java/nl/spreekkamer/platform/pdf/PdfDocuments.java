package nl.spreekkamer.platform.pdf;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * Print-ready PDFs from Mustache templates of XHTML and CSS in {@code print/templates/}. The DejaVu
 * Sans fonts are embedded (subset), so cards and plates print the same everywhere and their text
 * can be searched and read aloud.
 */
@ApplicationScoped
public class PdfDocuments {
  public static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/print/fonts/";

  static {
    XRLog.setLoggerImpl(new PdfLog());
  }

  private final MustacheFactory templates = new DefaultMustacheFactory("print/templates");
  private final byte[] regular = font("DejaVuSans.ttf");
  private final byte[] bold = font("DejaVuSans-Bold.ttf");

  /** Fills the template with the scope's values (HTML-escaped) and renders it to a PDF. */
  public byte[] render(String template, Object scope) {
    return toPdf(xhtml(template, scope));
  }

  /** The filled-in template, for tests and for looking at the layout in a browser. */
  public String xhtml(String template, Object scope) {
    StringWriter out = new StringWriter();
    templates.compile(template + ".mustache").execute(out, scope);
    return out.toString();
  }

  /** One PDF of the given PDFs' pages, in order. */
  public byte[] merge(List<byte[]> parts) {
    PDFMergerUtility merger = new PDFMergerUtility();
    parts.forEach(part -> merger.addSource(new RandomAccessReadBuffer(part)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] toPdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(
        () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfDocuments.class.getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
