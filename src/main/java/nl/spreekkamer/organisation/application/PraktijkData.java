package nl.spreekkamer.organisation.application;

/** What beheer enters for a practice; {@code version} must match the stored one on update. */
public record PraktijkData(
    String name,
    String agbCode,
    String street,
    String postcode,
    String city,
    Long gemeenteId,
    String feedbackEmail,
    Long version) {}
