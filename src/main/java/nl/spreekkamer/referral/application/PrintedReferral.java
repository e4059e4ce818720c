package nl.spreekkamer.referral.application;

/** A card printed and sent to the meldpunt: the PDF, and the referral it became. */
public record PrintedReferral(PrintedPdf printed, long referralId, String reference) {}
