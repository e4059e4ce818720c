package nl.spreekkamer.referral.application;

/** A contact attempt: channel, result, when (ISO date-time, default now) and a note. */
public record AttemptRequest(String channel, String result, String attemptedAt, String note) {}
