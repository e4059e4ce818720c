package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.PlateLanguage;
import nl.spreekkamer.catalogue.domain.PlateTexts;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.pdf.PdfDocuments;

/** The talking plate as a two-sided A4 landscape PDF: the illustration, then the back side. */
@ApplicationScoped
public class PlateDocument {
  @Inject PdfDocuments pdf;
  @Inject PlateContent content;

  public String frontSvg(PlateLanguage language) {
    return content.svg(language);
  }

  public byte[] render(PlateLanguage language, Gemeente gemeente) {
    PlateTexts texts = content.texts(language);
    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", language.code());
    scope.put("svg", content.svg(language));
    scope.put("back", texts.back());
    scope.put("gemeente", gemeente.name());
    scope.put("meldpunt", gemeente.meldpunt());
    scope.put("address", gemeente.meldpunt().address().oneLine());
    return pdf.render("praatplaat", scope);
  }
}
