package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.platform.pdf.QrCode;

/**
 * The leaflet about the meldpunt: A5, two pages, with the gemeente's contact details and a link to
 * its social map.
 */
@ApplicationScoped
public class LeafletDocument {
  @Inject PdfDocuments pdf;
  @Inject ContentCatalogue content;

  /** {@code base}: the application's address, for the link to the gemeente's social map. */
  public byte[] render(CatalogueItem leaflet, String language, Gemeente gemeente, String base) {
    MeldpuntDetails details = MeldpuntDetails.of(gemeente);
    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", language);
    scope.put("texts", content.texts(leaflet, language).forTemplate());
    scope.put("gemeente", details.gemeente());
    scope.put("meldpunt", details.meldpunt());
    scope.put("address", details.address());
    scope.put("qr", QrCode.pngDataUri(details.link()));
    scope.put("socialMap", base + "/sociale-kaart.xhtml?gemeente=" + gemeente.id());
    return pdf.render("folder", scope);
  }
}
