package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.referral.domain.BringItem;

/** The appointment letter (A4, plain language) from {@code print/templates/brief.mustache}. */
@ApplicationScoped
public class LetterDocument {
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  @Inject PdfDocuments pdf;

  /** What goes into one letter. */
  public record Letter(
      String patientName,
      String reference,
      Instant appointmentAt,
      String place,
      String contact1,
      String contact2,
      Gemeente gemeente,
      Locale locale,
      Instant today) {}

  public byte[] render(Letter letter) {
    Locale locale = letter.locale();
    Meldpunt meldpunt = letter.gemeente().meldpunt();
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).withZone(DUTCH_TIME);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(DUTCH_TIME);
    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", locale.getLanguage());
    scope.put("meldpunt", meldpunt.name());
    scope.put("gemeente", letter.gemeente().name());
    scope.put("address", meldpunt.address().oneLine());
    scope.put("phone", meldpunt.phone());
    scope.put("email", meldpunt.email());
    scope.put("hours", meldpunt.openingHours());
    scope.put("patientName", letter.patientName());
    scope.put("reference", letter.reference());
    scope.put("date", day.format(letter.today()));
    scope.put("title", Messages.get(locale, "letter.title"));
    scope.put("salutation", Messages.get(locale, "letter.salutation", letter.patientName()));
    scope.put("intro", Messages.get(locale, "letter.intro"));
    scope.put("appointmentLabel", Messages.get(locale, "letter.appointment"));
    scope.put(
        "when", day.format(letter.appointmentAt()) + ", " + time.format(letter.appointmentAt()));
    scope.put("place", letter.place());
    scope.put("who", Messages.get(locale, "letter.who", letter.contact1(), letter.contact2()));
    scope.put("cannot", Messages.get(locale, "letter.cannot", meldpunt.phone()));
    scope.put("bring", Messages.get(locale, "card.bring"));
    scope.put(
        "bringItems",
        java.util.Arrays.stream(BringItem.values())
            .map(item -> Messages.get(locale, "card.bringItem." + item.name()))
            .toList());
    scope.put("free", Messages.get(locale, "letter.free"));
    scope.put("closing", Messages.get(locale, "letter.closing"));
    scope.put(
        "signature",
        letter.contact1() + " " + Messages.get(locale, "letter.and") + " " + letter.contact2());
    scope.put("referenceLabel", Messages.get(locale, "card.reference"));
    return pdf.render("brief", scope);
  }
}
