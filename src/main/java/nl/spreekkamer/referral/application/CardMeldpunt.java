package nl.spreekkamer.referral.application;

import nl.spreekkamer.organisation.application.MeldpuntData;

/** The meldpunt printed on a card, as shown to whoever scans the card's QR code. */
public record CardMeldpunt(long gemeenteId, String gemeente, MeldpuntData meldpunt) {}
