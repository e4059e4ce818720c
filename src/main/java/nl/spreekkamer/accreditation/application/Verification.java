package nl.spreekkamer.accreditation.application;

import java.time.LocalDate;

/**
 * What the public verification page shows for a genuine certificate: enough to check it, no
 * registration numbers or other personal details beyond the name on the certificate.
 */
public record Verification(
    String code,
    String learnerName,
    String moduleTitle,
    String moduleVersion,
    LocalDate completedOn,
    LocalDate expiresOn,
    boolean valid) {}
