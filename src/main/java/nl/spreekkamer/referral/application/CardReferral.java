package nl.spreekkamer.referral.application;

/**
 * What a card sent to the meldpunt adds to the card itself: a short note for the meldpunt, whether
 * the patient wants the practice to hear how it goes, and the version of the consent text read.
 */
public record CardReferral(String note, boolean feedbackConsent, String consentVersion) {}
