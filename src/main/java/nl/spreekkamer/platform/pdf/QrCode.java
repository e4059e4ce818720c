package nl.spreekkamer.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code as a PNG data URI for the print templates; each module is a block of whole pixels. */
public final class QrCode {
  private static final int PIXELS_PER_MODULE = 6;
  private static final int QUIET_ZONE_MODULES = 2;

  private QrCode() {}

  public static String pngDataUri(String text) {
    BitMatrix matrix = encode(text);
    int size = matrix.getWidth() * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }

  /** A QR code as vector shapes: one path of unit squares in a square of {@code size} units. */
  public static Vector vector(String text) {
    BitMatrix matrix = encode(text);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return new Vector(matrix.getWidth(), path.toString());
  }

  /** The QR code's dark modules as SVG path data, on a white square of {@code size} units. */
  public record Vector(int size, String path) {
    /** Stand-alone SVG markup that fills its container. */
    public String svg(String label) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
          + size
          + " "
          + size
          + "\" width=\"100%\" height=\"100%\" shape-rendering=\"crispEdges\" role=\"img\""
          + " aria-label=\""
          + label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
          + "\"><rect width=\""
          + size
          + "\" height=\""
          + size
          + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\""
          + path
          + "\"/></svg>";
    }
  }

  private static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  QUIET_ZONE_MODULES,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Text does not fit in a QR code", e);
    }
  }
}
