package nl.spreekkamer.openers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.pdf.PdfDocuments;

/** A pocket card (A6 pages) of chosen openers, to keep in the coat pocket or at the desk. */
@ApplicationScoped
public class PocketCardDocument {
  @Inject PdfDocuments pdf;

  public byte[] render(List<Opener> openers, Locale locale) {
    List<Map<String, Object>> items =
        openers.stream()
            .map(
                o ->
                    Map.<String, Object>of(
                        "text", o.text(),
                        "followUp", o.followUp(),
                        "phase", Messages.get(locale, "phase." + o.phase().name())))
            .toList();
    return pdf.render(
        "zakkaart",
        Map.of(
            "lang", locale.getLanguage(),
            "title", Messages.get(locale, "pocketCard.title"),
            "followUpLabel", Messages.get(locale, "openers.followUp"),
            "openers", items));
  }
}
