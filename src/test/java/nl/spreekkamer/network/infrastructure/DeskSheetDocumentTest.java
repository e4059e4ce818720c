package nl.spreekkamer.network.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.network.application.HelpPlaceView;
import nl.spreekkamer.network.application.SocialMap;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;

/**
 * The desk sheet stays one A4 page however long the places' texts are: it holds fewer of them then,
 * and says how many more there are.
 */
class DeskSheetDocumentTest {
  @Test
  void twelveLongPlacesFitOnePageAndTheRestIsCounted() {
    DeskSheetDocument document = new DeskSheetDocument();
    document.pdf = new PdfDocuments();
    List<HelpPlaceView> places = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      HelpKind kind = HelpKind.values()[i % HelpKind.values().length];
      places.add(
          new HelpPlaceView(
              i,
              0,
              kind,
              "Stichting Hulp en Advies Lindewaard-Zuid " + i,
              "Voor iedereen die vragen heeft over brieven, toeslagen, schulden of rekeningen die"
                  + " zich opstapelen, ook zonder afspraak",
              "Buurthuis De Wissel, Esstraat 12, 7411 AB Lindewaard",
              "0571 23 88 " + (10 + i),
              "https://www.hulpenadvies-lindewaard.example/geldzorgen",
              "Maandag tot en met vrijdag 9.00-17.00 uur, donderdag ook 19.00-21.00 uur",
              "Nederlands, Engels, Arabisch, Turks, Pools",
              i,
              false,
              LocalDate.now(),
              false));
    }
    SocialMap map =
        new SocialMap(
            1,
            "Lindewaard",
            "Meldpunt Geldzorgen Lindewaard",
            "0571 23 45 67",
            "Maandag tot en met vrijdag 9.00-17.00 uur, donderdag tot 20.00 uur",
            places);
    PrintedPdfs sheet = new PrintedPdfs(document.render(map, Locale.forLanguageTag("nl")));
    sheet.savePage(0, Path.of("target", "screenshots", "desk-sheet-full.png"));
    assertThat(sheet.pages()).isEqualTo(1);
    String text = sheet.text().replaceAll("\\s+", " ");
    assertThat(text).contains("Hulp bij geldzorgen in Lindewaard").contains("Zuid 1 ");
    int shown = 0;
    while (text.contains("Zuid " + (shown + 1) + " ")) {
      shown++;
    }
    assertThat(shown).as("places with the longest texts on the sheet").isGreaterThanOrEqualTo(6);
    assertThat(text).contains("En nog " + (15 - shown) + " andere plaatsen");
  }
}
