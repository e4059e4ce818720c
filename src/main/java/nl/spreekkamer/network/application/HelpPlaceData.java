package nl.spreekkamer.network.application;

/**
 * A place of the social map as the coordinator writes it: {@code kind} one of {@link
 * nl.spreekkamer.network.domain.HelpKind}; {@code hidden} and {@code version} only in a change.
 */
public record HelpPlaceData(
    String kind,
    String name,
    String forWhom,
    String address,
    String phone,
    String website,
    String openingHours,
    String languages,
    Boolean hidden,
    Long version) {}
