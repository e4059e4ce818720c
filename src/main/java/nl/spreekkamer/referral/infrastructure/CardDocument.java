package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spreekkamer.organisation.domain.ConversationLocation;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.platform.pdf.QrCode;
import nl.spreekkamer.referral.application.CardLayout;
import nl.spreekkamer.referral.domain.BringItem;
import nl.spreekkamer.referral.domain.CardDetails;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.CardOrigin;
import nl.spreekkamer.referral.domain.ConsentText;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * Lays out referral cards (front and back, A6) from {@code print/templates/cards.mustache}: one
 * card per A6 sheet, or four per A4 sheet with the backs mirrored for double-sided printing.
 */
@ApplicationScoped
public class CardDocument {
  private static final String TEMPLATE = "cards";
  static final int CARDS_PER_PART = 40;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final String[] LABELS = {
    "title",
    "for",
    "referredBy",
    "date",
    "meldpunt",
    "phone",
    "email",
    "address",
    "hours",
    "website",
    "about",
    "urgent",
    "location",
    "contact",
    "patientPhone",
    "patientEmail",
    "callTimes",
    "bring",
    "consent",
    "consentYes",
    "consentGiven",
    "reference",
    "scan",
    "preview"
  };

  @Inject PdfDocuments pdf;
  @Inject ConsentText consent;

  /** One card on paper, with its code and the address its QR code points to. */
  public record CardToPrint(
      CardDetails details,
      CardOrigin origin,
      ReferenceCode reference,
      String url,
      boolean preview) {}

  /**
   * Renders the cards; a large stack is laid out in parts of {@value #CARDS_PER_PART} cards that
   * are joined afterwards, which keeps the memory for one layout small (a 500-card document at once
   * needs well over 100 MB of heap and slows down under garbage collection).
   */
  public byte[] render(List<CardToPrint> cards, CardLayout layout) {
    if (cards.size() <= CARDS_PER_PART) {
      return pdf.render(TEMPLATE, scope(cards, layout));
    }
    List<byte[]> parts = new ArrayList<>();
    for (int from = 0; from < cards.size(); from += CARDS_PER_PART) {
      List<CardToPrint> part = cards.subList(from, Math.min(cards.size(), from + CARDS_PER_PART));
      parts.add(pdf.render(TEMPLATE, scope(part, layout)));
    }
    return pdf.merge(parts);
  }

  /** The filled-in layout as XHTML, e.g. to compare with other ways of making the PDF. */
  public String xhtml(List<CardToPrint> cards, CardLayout layout) {
    return pdf.xhtml(TEMPLATE, scope(cards, layout));
  }

  private Map<String, Object> scope(List<CardToPrint> cards, CardLayout layout) {
    List<Map<String, Object>> scopes = cards.stream().map(this::scope).toList();
    Map<String, Object> document = new HashMap<>();
    if (layout == CardLayout.A6) {
      document.put("a6", true);
      document.put("cards", scopes);
    } else {
      document.put("sheets", sheets(scopes));
    }
    return document;
  }

  /** Four cards per sheet; the backs swap left and right so they line up when printed duplex. */
  private static List<Map<String, Object>> sheets(List<Map<String, Object>> cards) {
    List<Map<String, Object>> sheets = new ArrayList<>();
    for (int first = 0; first < cards.size(); first += 4) {
      List<Map<String, Object>> fronts = new ArrayList<>();
      List<Map<String, Object>> backs = new ArrayList<>();
      for (int slot = 0; slot < 4; slot++) {
        int index = first + slot;
        Map<String, Object> card = index < cards.size() ? cards.get(index) : null;
        int column = slot % 2;
        int row = slot / 2;
        fronts.add(slot(card, column, row));
        backs.add(slot(card, 1 - column, row));
      }
      sheets.add(Map.of("fronts", fronts, "backs", backs));
    }
    return sheets;
  }

  private static Map<String, Object> slot(Map<String, Object> card, int column, int row) {
    Map<String, Object> slot = new HashMap<>();
    slot.put("x", column * 105);
    slot.put("y", row == 0 ? "0" : "148.5");
    if (card != null) {
      slot.put("card", card);
    }
    return slot;
  }

  private Map<String, Object> scope(CardToPrint card) {
    CardDetails details = card.details();
    CardLanguage language = details.language();
    Locale locale = language.locale();
    Meldpunt meldpunt = card.origin().gemeente().meldpunt();
    Map<String, Object> scope = new HashMap<>();
    scope.put("t", labels(locale, card.origin().gemeente().name()));
    scope.put("lang", language.code());
    scope.put("preview", card.preview());
    scope.put("praktijk", card.origin().praktijk().name());
    scope.put("referrer", card.origin().referrer());
    scope.put("gemeente", card.origin().gemeente().name());
    scope.put("patientName", details.patientName());
    scope.put("date", details.date() == null ? null : DATE.format(details.date()));
    scope.put("meldpuntName", meldpunt.name());
    scope.put("meldpuntPhone", meldpunt.phone());
    scope.put("meldpuntEmail", meldpunt.email());
    scope.put("meldpuntAddress", meldpunt.address().oneLine());
    scope.put("meldpuntHours", meldpunt.openingHours());
    scope.put("meldpuntWebsite", meldpunt.website());
    // A blank card offers every choice with a box to tick by hand; a filled-in card shows only
    // what was chosen, each with a tick, and leaves out a group where nothing was chosen.
    boolean filled = !details.isBlank();
    scope.put("filled", filled);
    put(
        scope,
        "categories",
        choices(locale, "card.category.", HelpCategory.values(), details.categories(), filled));
    scope.put("urgent", details.isUrgent());
    scope.put("showUrgency", details.isUrgent() || details.isBlank());
    scope.put(
        "urgency",
        choices(locale, "card.urgency.", UrgencySignal.values(), details.urgency(), filled));
    put(scope, "locations", locations(card, filled));
    put(
        scope,
        "contact",
        choices(
            locale,
            "card.contactPreference.",
            ContactPreference.values(),
            details.contactPreference() == null ? Set.of() : Set.of(details.contactPreference()),
            filled));
    scope.put("patientPhone", details.phone());
    scope.put("patientEmail", details.email());
    scope.put("callTimes", details.callTimes());
    put(
        scope,
        "bring",
        choices(locale, "card.bringItem.", BringItem.values(), details.bring(), filled));
    scope.put("consentText", consent.in(language));
    scope.put("consentVersion", Messages.get(locale, "card.consentVersion", consent.version()));
    scope.put("consentGiven", details.consentGiven());
    scope.put("showConsent", !filled || details.consentGiven());
    scope.put("reference", card.reference().value());
    scope.put("url", card.url());
    scope.put("qr", QrCode.pngDataUri(card.url()));
    return scope;
  }

  private static Map<String, String> labels(Locale locale, String gemeente) {
    Map<String, String> labels = new HashMap<>();
    Arrays.stream(LABELS).forEach(key -> labels.put(key, Messages.get(locale, "card." + key)));
    labels.put("intro", Messages.get(locale, "card.intro", gemeente));
    return labels;
  }

  /** A group of choices, and whether it has any to show ({@code has} + its name). */
  private static void put(Map<String, Object> scope, String name, List<Choice> choices) {
    scope.put(name, choices);
    scope.put(
        "has" + Character.toUpperCase(name.charAt(0)) + name.substring(1), !choices.isEmpty());
  }

  /** A blank card lists every offered place to tick; a filled-in one only the chosen place. */
  private static List<Choice> locations(CardToPrint card, boolean filled) {
    String chosen = card.details().location();
    if (chosen != null) {
      return List.of(new Choice(chosen, true));
    }
    if (filled) {
      return List.of();
    }
    return card.origin().gemeente().locations().stream()
        .map(ConversationLocation::description)
        .map(description -> new Choice(description, false))
        .toList();
  }

  private static <E extends Enum<E>> List<Choice> choices(
      Locale locale, String prefix, E[] all, Set<E> ticked, boolean onlyTicked) {
    return Arrays.stream(all)
        .filter(value -> !onlyTicked || ticked.contains(value))
        .map(
            value ->
                new Choice(Messages.get(locale, prefix + value.name()), ticked.contains(value)))
        .toList();
  }

  /** A line with a tick box. */
  public record Choice(String label, boolean checked) {}
}
