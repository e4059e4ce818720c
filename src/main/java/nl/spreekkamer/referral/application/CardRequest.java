package nl.spreekkamer.referral.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.BringItem;
import nl.spreekkamer.referral.domain.CardDetails;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * A referral card as sent to {@code POST /api/cards} or filled in on the page; every field is
 * optional. {@code praktijkId} and {@code gemeenteId} default to the user's practice and its
 * gemeente; {@code bring} defaults to the whole checklist.
 */
public record CardRequest(
    Long praktijkId,
    Long gemeenteId,
    String language,
    String patientName,
    String date,
    List<String> categories,
    List<String> urgency,
    String location,
    String contactPreference,
    String phone,
    String email,
    String callTimes,
    List<String> bring,
    Boolean consentGiven) {

  public static CardRequest empty() {
    return new CardRequest(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Checks every field against the rules and the gemeente's locations; errors name the field. */
  CardDetails toDetails(List<String> offeredLocations, LocalDate today) {
    return new CardDetails(
        CardLanguage.of(language),
        Checks.optional("patientName", patientName, CardDetails.MAX_NAME),
        date(today),
        Choices.set("categories", categories, HelpCategory.class, Set.of()),
        Choices.set("urgency", urgency, UrgencySignal.class, Set.of()),
        location(offeredLocations),
        Choices.optional("contactPreference", contactPreference, ContactPreference.class),
        phone == null || phone.isBlank() ? null : Checks.phone("phone", phone),
        email == null || email.isBlank() ? null : Checks.email("email", email),
        Checks.optional("callTimes", callTimes, CardDetails.MAX_CALL_TIMES),
        Choices.set("bring", bring, BringItem.class, EnumSet.allOf(BringItem.class)),
        Boolean.TRUE.equals(consentGiven));
  }

  private LocalDate date(LocalDate today) {
    if (date == null || date.isBlank()) {
      return today;
    }
    try {
      LocalDate parsed = LocalDate.parse(date.strip());
      if (parsed.isBefore(today.minusYears(1)) || parsed.isAfter(today.plusYears(1))) {
        throw new InvalidInputException("date", "validation.date.range");
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "validation.date");
    }
  }

  private String location(List<String> offered) {
    String chosen = Checks.optional("location", location, 200);
    if (chosen != null && !offered.contains(chosen)) {
      throw new InvalidInputException("location", "validation.location.unknown");
    }
    return chosen;
  }
}
