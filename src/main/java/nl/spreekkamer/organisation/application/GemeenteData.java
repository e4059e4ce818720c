package nl.spreekkamer.organisation.application;

import java.util.List;

/**
 * What beheer enters for a gemeente. Norms default to 3 and 20 working days; {@code version} must
 * match the stored version on update.
 */
public record GemeenteData(
    String name,
    String cbsCode,
    MeldpuntData meldpunt,
    List<LocationData> locations,
    Integer urgentWorkingDays,
    Integer regularWorkingDays,
    Long version) {}
