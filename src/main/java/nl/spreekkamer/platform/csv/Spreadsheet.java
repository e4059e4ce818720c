package nl.spreekkamer.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.platform.i18n.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for people who open it in a Dutch spreadsheet: a byte-order mark so Excel reads UTF-8,
 * semicolons between cells (a Dutch Excel splits on those, as the comma is the decimal sign), dates
 * as {@code 01-07-2026} and numbers as {@code 1,5}. Text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a return at the start) gets a leading
 * apostrophe, as OWASP advises against CSV injection, so a name typed as {@code =HYPERLINK(...)}
 * stays text.
 */
public final class Spreadsheet {
  static final char BOM = '\uFEFF';
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private final CSVPrinter printer;
  private final StringWriter out = new StringWriter();

  private Spreadsheet(String... header) {
    out.write(BOM);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader(header)
            .setRecordSeparator("\r\n")
            .get();
    try {
      printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet with these column names as its first row. */
  public static Spreadsheet withHeader(String... header) {
    return new Spreadsheet(header);
  }

  /** Adds a row; each cell is written as {@link #cell} says. */
  public Spreadsheet row(Object... cells) {
    List<String> written = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      written.add(cell(cell));
    }
    try {
      printer.printRecord(written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The sheet as text, byte-order mark included. */
  public String text() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One cell: empty for none, Dutch dates and numbers, text safe from formula execution. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate day) {
      return DAY.format(day);
    }
    if (value instanceof BigDecimal number) {
      return Numbers.format(number, DUTCH);
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = value.toString();
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
