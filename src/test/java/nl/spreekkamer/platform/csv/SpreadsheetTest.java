package nl.spreekkamer.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

  @Test
  void aDutchSpreadsheetReadsTheSheetAsWritten() {
    String text =
        Spreadsheet.withHeader("naam", "op", "punten")
            .row("Sanne de Wit", LocalDate.of(2026, 7, 1), new BigDecimal("1.5"))
            .row("Jan; Piet", null, 3)
            .text();

    assertThat(text)
        .isEqualTo("\uFEFFnaam;op;punten\r\nSanne de Wit;01-07-2026;1,5\r\n\"Jan; Piet\";;3\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
    assertThat(Spreadsheet.cell("=HYPERLINK(\"https://x.example\")")).startsWith("'=");
    assertThat(Spreadsheet.cell("+31 6 1234")).isEqualTo("'+31 6 1234");
    assertThat(Spreadsheet.cell("-1+1")).isEqualTo("'-1+1");
    assertThat(Spreadsheet.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Spreadsheet.cell("\tx")).isEqualTo("'\tx");
    assertThat(Spreadsheet.cell("Ilse Rademaker")).isEqualTo("Ilse Rademaker");
    assertThat(Spreadsheet.cell("")).isEmpty();
  }
}
