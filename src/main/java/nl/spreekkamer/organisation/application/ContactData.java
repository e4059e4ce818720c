package nl.spreekkamer.organisation.application;

/**
 * The contact the coordinator names for a practice: optionally the gemeente account behind it
 * ({@code accountId}, whose name and e-mail fill in what is left empty), and the practice's
 * version.
 */
public record ContactData(
    Long accountId, String name, String role, String phone, String email, Long version) {}
