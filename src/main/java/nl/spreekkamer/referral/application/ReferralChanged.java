package nl.spreekkamer.referral.application;

import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.ReferralStatus;

/**
 * A referral whose patient wants feedback to the practice has a new status or feedback; fired
 * inside the transaction, handled after it commits. Carries no patient data.
 */
public record ReferralChanged(
    String reference,
    String practiceEmail,
    ReferralStatus status,
    Outcome outcome,
    boolean feedbackGiven,
    String link) {}
