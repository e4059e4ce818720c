package nl.spreekkamer.referral.application;

/** Short written feedback from the meldpunt to the referring practice. */
public record FeedbackRequest(String text, Long version) {}
