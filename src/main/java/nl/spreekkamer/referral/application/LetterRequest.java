package nl.spreekkamer.referral.application;

/**
 * A letter to the patient proposing a first conversation: when (ISO date-time, Dutch time), where,
 * and the two people of the meldpunt the patient may ask for. {@code language}: nl or en.
 */
public record LetterRequest(
    String appointmentAt, String place, String contact1, String contact2, String language) {}
