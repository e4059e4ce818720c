package nl.spreekkamer.monitoring.domain;

import java.time.Instant;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.FunnelStage;
import nl.spreekkamer.referral.domain.Outcome;

/** What the figures need of one referral: no names, no contact details, no texts. */
public record ReferralFact(
    long praktijkId,
    Instant createdAt,
    boolean urgent,
    FunnelStage stage,
    Instant firstContactAt,
    Instant plannedAt,
    Outcome outcome,
    DeclineReason declineReason,
    boolean feedbackConsented,
    Instant feedbackAt,
    boolean selfReferral) {}
