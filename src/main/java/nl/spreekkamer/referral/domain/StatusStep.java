package nl.spreekkamer.referral.domain;

import java.time.Instant;

/** One step a worker takes: the new status and what it needs. */
public record StatusStep(
    ReferralStatus status,
    Outcome outcome,
    DeclineReason declineReason,
    Instant plannedAt,
    String plannedPlace,
    String note) {}
