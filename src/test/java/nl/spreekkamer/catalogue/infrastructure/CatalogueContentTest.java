package nl.spreekkamer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.ItemType;
import nl.spreekkamer.catalogue.domain.PaperSize;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.testing.Organisations;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in {@code content/catalogue/} loads, and every poster, leaflet and screen renders
 * in every language with the gemeente's meldpunt as real text.
 */
class CatalogueContentTest {
  static ContentCatalogue catalogue;
  static Gemeente lindewaard = Organisations.lindewaard();

  @BeforeAll
  static void load() {
    catalogue = new ContentCatalogue();
  }

  @Test
  void catalogueHasThreePostersAndEveryOtherType() {
    assertThat(catalogue.all().stream().filter(i -> i.type() == ItemType.POSTER)).hasSize(3);
    assertThat(catalogue.all().stream().map(CatalogueItem::type)).contains(ItemType.values());
    for (CatalogueItem item : catalogue.all()) {
      assertThat(item.languages()).as(item.id()).startsWith("nl").contains("en");
      if (item.type() != ItemType.CARD_STACK) {
        assertThat(item.languages()).as(item.id()).hasSizeGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void everyPosterRendersInEveryLanguageWithTheMeldpuntAsText() {
    PosterDocument posters = new PosterDocument();
    posters.pdf = new PdfDocuments();
    posters.content = catalogue;
    for (CatalogueItem poster : catalogue.all()) {
      if (poster.type() != ItemType.POSTER) {
        continue;
      }
      for (String language : poster.languages()) {
        PrintedPdfs pdf =
            new PrintedPdfs(posters.render(poster, language, PaperSize.A4, lindewaard));
        assertThat(pdf.pages()).as(poster.id() + " " + language).isEqualTo(1);
        assertThat(pdf.text())
            .as(poster.id() + " " + language)
            .contains(lindewaard.meldpunt().phone())
            .contains(lindewaard.meldpunt().name());
        String text = pdf.text();
        catalogue
            .texts(poster, language)
            .texts()
            .forEach(
                (id, lines) -> {
                  if (!id.equals("t-svgtitle") && !id.equals("t-svgdesc")) {
                    lines.forEach(
                        line -> assertThat(text).as(poster.id() + " " + id).contains(line));
                  }
                });
      }
      assertThat(posters.preview(poster)).startsWith("<svg").doesNotContain("<script");
    }
  }

  @Test
  void leafletAndScreenRenderInEveryLanguage() {
    LeafletDocument leaflets = new LeafletDocument();
    leaflets.pdf = new PdfDocuments();
    leaflets.content = catalogue;
    ScreenPage screens = new ScreenPage();
    screens.content = catalogue;
    for (CatalogueItem item : catalogue.all()) {
      for (String language : item.languages()) {
        if (item.type() == ItemType.LEAFLET) {
          PrintedPdfs pdf =
              new PrintedPdfs(
                  leaflets.render(item, language, lindewaard, "https://spreekkamer.example"));
          assertThat(pdf.pages()).as(language).isEqualTo(2);
          assertThat(pdf.text()).as(language).contains(lindewaard.meldpunt().phone());
          assertThat(pdf.text().replaceAll("\\s+", ""))
              .as(language + ": the link to the social map")
              .contains("https://spreekkamer.example/sociale-kaart.xhtml?gemeente=");
        }
        if (item.type() == ItemType.ANIMATION) {
          String html = screens.render(item, language, lindewaard);
          assertThat(html)
              .as(language)
              .contains("lang=\"" + language + "\"")
              .contains(lindewaard.meldpunt().phone())
              .doesNotContain("{{")
              .doesNotContain("<script");
          assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
        }
      }
    }
  }

  @Test
  void leafletAndScreenTextsHaveTheSameKeysInEveryLanguage() {
    for (CatalogueItem item : catalogue.all()) {
      if (item.type() == ItemType.LEAFLET || item.type() == ItemType.ANIMATION) {
        var dutch = catalogue.texts(item, "nl").texts().keySet();
        for (String language : item.languages()) {
          assertThat(catalogue.texts(item, language).texts().keySet())
              .as(item.id() + " " + language)
              .isEqualTo(dutch);
        }
      }
    }
    assertThat(List.of(ContentCatalogue.POSTER_IDS.toArray())).contains("p-qr");
  }
}
