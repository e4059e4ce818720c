package nl.spreekkamer.organisation.application;

/** What users may change about themselves. */
public record ProfileData(
    String displayName,
    String email,
    String bigNumber,
    String registerNumber,
    String peRegister,
    String kabizNumber,
    Long version) {}
