package nl.spreekkamer.monitoring.infrastructure;

import java.util.List;
import nl.spreekkamer.monitoring.application.ReportTables;
import nl.spreekkamer.platform.csv.Spreadsheet;

/**
 * The report's figures as one CSV in long form ({@code tabel;rij;kolom;waarde}) for a Dutch
 * spreadsheet ({@link Spreadsheet}), so a pivot table can be made of it.
 */
public final class ReportCsv {
  private ReportCsv() {}

  public static String of(List<ReportTables.Table> tables) {
    Spreadsheet sheet = Spreadsheet.withHeader("tabel", "rij", "kolom", "waarde");
    for (ReportTables.Table table : tables) {
      for (List<String> row : table.rows()) {
        for (int column = 1; column < row.size(); column++) {
          sheet.row(table.key(), row.get(0), table.headers().get(column), row.get(column));
        }
      }
    }
    return sheet.text();
  }
}
