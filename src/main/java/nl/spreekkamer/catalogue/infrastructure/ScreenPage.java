package nl.spreekkamer.catalogue.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.pdf.QrCode;

/**
 * The waiting-room animation as one self-contained HTML page (CSS animation, no scripts, no
 * external files) with the gemeente's meldpunt; the template is {@code
 * content/catalogue/scherm/scherm.mustache}.
 */
@ApplicationScoped
public class ScreenPage {
  @Inject ContentCatalogue content;

  private final Map<String, Mustache> templates = new ConcurrentHashMap<>();

  public String render(CatalogueItem animation, String language, Gemeente gemeente) {
    MeldpuntDetails details = MeldpuntDetails.of(gemeente);
    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", language);
    scope.put("texts", content.texts(animation, language).forTemplate());
    scope.put("gemeente", details.gemeente());
    scope.put("meldpunt", details.meldpunt());
    scope.put("website", details.web());
    scope.put("qrSvg", QrCode.vector(details.link()).svg("QR-code: " + details.web()));
    StringWriter out = new StringWriter();
    templates
        .computeIfAbsent(
            animation.source(),
            source ->
                new DefaultMustacheFactory(ContentCatalogue.FOLDER + source)
                    .compile("scherm.mustache"))
        .execute(out, scope);
    return out.toString();
  }
}
