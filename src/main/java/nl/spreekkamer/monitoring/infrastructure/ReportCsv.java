package nl.spreekkamer.monitoring.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.spreekkamer.monitoring.application.ReportTables;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's figures as one CSV in long form ({@code tabel;rij;kolom;waarde}), separated by
 * semicolons and starting with a byte-order mark, so Dutch Excel opens it in columns and a pivot
 * table can be made of it.
 */
public final class ReportCsv {
  static final char BOM = '\uFEFF';

  private ReportCsv() {}

  public static String of(List<ReportTables.Table> tables) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader("tabel", "rij", "kolom", "waarde")
            .setRecordSeparator("\r\n")
            .get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ReportTables.Table table : tables) {
        for (List<String> row : table.rows()) {
          for (int column = 1; column < row.size(); column++) {
            csv.printRecord(table.key(), row.get(0), table.headers().get(column), row.get(column));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
