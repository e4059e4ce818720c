package nl.spreekkamer.network.application;

import java.util.List;

/**
 * The social map of one gemeente: its meldpunt first, then the places of help in the coordinator's
 * order (filtered when a kind or words were asked for).
 */
public record SocialMap(
    long gemeenteId,
    String gemeente,
    String meldpunt,
    String meldpuntPhone,
    String meldpuntHours,
    List<HelpPlaceView> places) {}
