package nl.spreekkamer.referral.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What is filled in on one referral card. A blank card has none of the patient fields; the
 * practice, the employee and the meldpunt come from the account that prints it.
 */
public record CardDetails(
    CardLanguage language,
    String patientName,
    LocalDate date,
    Set<HelpCategory> categories,
    Set<UrgencySignal> urgency,
    String location,
    ContactPreference contactPreference,
    String phone,
    String email,
    String callTimes,
    Set<BringItem> bring,
    boolean consentGiven) {

  public static final int MAX_NAME = 80;
  public static final int MAX_CALL_TIMES = 80;

  public CardDetails {
    Objects.requireNonNull(language);
    categories = Set.copyOf(categories);
    urgency = Set.copyOf(urgency);
    bring = Set.copyOf(bring);
  }

  /** A card with nothing about a patient on it, for a stack at the desk. */
  public static CardDetails blank(CardLanguage language) {
    return new CardDetails(
        language, null, null, Set.of(), Set.of(), null, null, null, null, null, Set.of(), false);
  }

  /** Whether the card carries anything that could identify the patient. */
  public boolean hasPatientData() {
    return patientName != null || phone != null || email != null || callTimes != null;
  }

  /** Nothing filled in yet: the employee or the patient writes on the printed card. */
  public boolean isBlank() {
    return !hasPatientData() && categories.isEmpty() && urgency.isEmpty() && location == null;
  }

  public boolean isUrgent() {
    return !urgency.isEmpty();
  }
}
