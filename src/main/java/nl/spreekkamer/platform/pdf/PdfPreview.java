package nl.spreekkamer.platform.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A page of a PDF as a PNG image, to show what will be printed before it is. */
public final class PdfPreview {
  private PdfPreview() {}

  public static byte[] png(byte[] pdf, int page, float dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
