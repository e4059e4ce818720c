package nl.spreekkamer.network.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.network.application.DeskSheets;
import nl.spreekkamer.network.application.HelpPlaceView;
import nl.spreekkamer.network.application.SocialMap;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The desk sheet: the social map on one A4 page for the practice's desk, from {@code
 * print/templates/sociale-kaart.mustache}: a picture per kind of help, the name, for whom, phone
 * and address in plain words (seed 001: "liefst in beelden"). The first {@link #ON_ONE_PAGE} places
 * fit when their texts are short; the sheet says how many more are on the page in Spreekkamer.
 */
@ApplicationScoped
public class DeskSheetDocument implements DeskSheets {
  static final int ON_ONE_PAGE = 12;

  @Inject PdfDocuments pdf;

  static final int COLUMNS = 3;

  /**
   * Lays out as many places as fit one page: the first {@link #ON_ONE_PAGE}, or fewer when their
   * texts are long (tried again with three fewer until it fits).
   */
  @Override
  public byte[] render(SocialMap map, Locale locale) {
    int shown = Math.min(ON_ONE_PAGE, map.places().size());
    byte[] sheet = render(map, locale, shown);
    while (shown > COLUMNS && pages(sheet) > 1) {
      shown -= COLUMNS;
      sheet = render(map, locale, shown);
    }
    return sheet;
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] render(SocialMap map, Locale locale, int count) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", locale.getLanguage());
    scope.put("title", Messages.get(locale, "socialMap.sheet.title", map.gemeente()));
    scope.put("intro", Messages.get(locale, "socialMap.sheet.intro"));
    scope.put("meldpuntLabel", Messages.get(locale, "socialMap.sheet.meldpunt"));
    scope.put("meldpunt", map.meldpunt());
    scope.put("meldpuntPhone", map.meldpuntPhone());
    scope.put("meldpuntHours", map.meldpuntHours());
    List<HelpPlaceView> shown = map.places().stream().limit(count).toList();
    List<Map<String, Object>> cells =
        shown.stream()
            .map(
                p -> {
                  Map<String, Object> place = new HashMap<>();
                  place.put("icon", icon(p.kind()));
                  place.put("kind", Messages.get(locale, "socialMap.kind." + p.kind().name()));
                  place.put("name", p.name());
                  place.put("forWhom", p.forWhom());
                  place.put("phone", p.phone());
                  place.put("address", p.address());
                  place.put("hours", p.openingHours());
                  place.put("website", p.website());
                  place.put(
                      "languages",
                      p.languages() == null
                          ? null
                          : Messages.get(locale, "socialMap.languages", p.languages()));
                  return place;
                })
            .toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < cells.size(); i += COLUMNS) {
      rows.add(Map.of("cells", cells.subList(i, Math.min(i + COLUMNS, cells.size()))));
    }
    scope.put("rows", rows);
    int more = map.places().size() - shown.size();
    scope.put("more", more > 0 ? Messages.get(locale, "socialMap.sheet.more", more) : null);
    scope.put("empty", map.places().isEmpty() ? Messages.get(locale, "socialMap.empty") : null);
    scope.put(
        "printed",
        Messages.get(
            locale,
            "socialMap.sheet.printed",
            DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(LocalDate.now())));
    return pdf.render("sociale-kaart", scope);
  }

  /** A simple pictogram per kind of help (SVG paths in a 24 x 24 box). */
  static String icon(HelpKind kind) {
    return switch (kind) {
      case DEBT_HELP -> "M4 10 12 4l8 6v10H4z M9 20v-6h6v6";
      case BUDGET_COACHING -> "M3 7h18v12H3z M16 13h5 M3 7l3-3h12l3 3";
      case SOCIAL_WORK ->
          "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z"
              + " M2 20c0-4 3-6 6-6s6 2 6 6 M10 20c0-4 3-6 6-6s6 2 6 6";
      case FOOD_BANK -> "M4 9h16l-2 11H6z M8 9l4-5 4 5";
      case FORM_HELP -> "M6 3h9l4 4v14H6z M9 10h7 M9 14h7 M9 18h4";
      case WALK_IN -> "M6 21V3h12v18 M14 12h.01 M3 21h18";
      case LEGAL_HELP -> "M12 3v18 M5 7h14 M5 7l-3 7h6z M19 7l-3 7h6z M8 21h8";
      case OTHER -> "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z M12 11v6 M12 7h.01";
    };
  }
}
