package nl.spreekkamer.platform.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends openhtmltopdf's messages to java.util.logging (and so to the server log) from WARNING up;
 * its own default writes every render's INFO lines to standard error.
 */
final class PdfLog implements XRLogger {
  private static final Level THRESHOLD = Level.WARNING;

  @Override
  public void log(String where, Level level, String message) {
    if (level.intValue() >= THRESHOLD.intValue()) {
      Logger.getLogger(where).log(level, message);
    }
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    if (level.intValue() >= THRESHOLD.intValue()) {
      Logger.getLogger(where).log(level, message, error);
    }
  }

  @Override
  public void setLevel(String where, Level level) {
    // The threshold is fixed: warnings and errors only.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return diagnostic.getLevel().intValue() >= THRESHOLD.intValue();
  }
}
