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
