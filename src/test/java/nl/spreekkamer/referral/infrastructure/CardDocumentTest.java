package nl.spreekkamer.referral.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.organisation.domain.Postcode;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.referral.application.CardLayout;
import nl.spreekkamer.referral.domain.BringItem;
import nl.spreekkamer.referral.domain.CardDetails;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.CardOrigin;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.UrgencySignal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The card layout without a server: what is typed is printed as text, never as markup. */
class CardDocumentTest {
  static final String HOSTILE_NAME = "<b>Jan</b> & \"Ans\" <script>alert(1)</script>";

  static CardDocument document() {
    CardDocument document = new CardDocument();
    document.pdf = new PdfDocuments();
    document.consent = ConsentTextFile.read();
    return document;
  }

  static CardDocument.CardToPrint card(String patientName) {
    Meldpunt meldpunt =
        new Meldpunt(
            "Meldpunt Geldzorgen Oosterveen",
            "0522 11 22 33",
            "geldzorgen@oosterveen.example",
            new Address("Kerkplein 3", Postcode.parse("7941 AB"), "Oosterveen"),
            "Maandag tot en met vrijdag 9.00-17.00 uur",
            "https://www.oosterveen.example/geldzorgen");
    Gemeente gemeente = new Gemeente("Oosterveen", CbsCode.parse("GM9903"), meldpunt);
    Praktijk praktijk =
        new Praktijk(
            "Huisartsen Oosterveen",
            AgbCode.parse("01099009"),
            new Address("Dorpsstraat 1", Postcode.parse("7941 AC"), "Oosterveen"),
            gemeente,
            "praktijk@oosterveen.example");
    CardDetails details =
        new CardDetails(
            CardLanguage.NL,
            patientName,
            LocalDate.of(2026, 11, 30),
            Set.of(HelpCategory.DEBTS),
            Set.of(UrgencySignal.GARNISHMENT),
            "In de huisartspraktijk",
            null,
            "06 12 34 56 78",
            null,
            null,
            Set.of(BringItem.ID_DOCUMENT),
            true);
    ReferenceCode reference = ReferenceCode.parse("VK-7KQ4M-2XPA9");
    return new CardDocument.CardToPrint(
        details,
        new CardOrigin(praktijk, "Ilse Rademaker", gemeente),
        reference,
        "https://spreekkamer.example/kaart.xhtml?code=" + reference.value(),
        false);
  }

  @Test
  void typedTextIsEscapedInTheLayoutAndPrintedLiterally() throws IOException {
    byte[] pdf = document().render(List.of(card(HOSTILE_NAME)), CardLayout.A6);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("<b>Jan</b> & \"Ans\" <script>alert(1)</script>")
          .contains("Beslag op loon of uitkering")
          .contains("VK-7KQ4M-2XPA9")
          .contains("0522 11 22 33");
    }
  }
}
