package nl.spreekkamer.referral.application;

import java.util.Set;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * A referral has landed in a gemeente's queue; fired inside the transaction that stored it. Carries
 * no patient data: the reference code and the urgent signals only.
 */
public record ReferralReceived(
    long referralId, long gemeenteId, String reference, Set<UrgencySignal> urgency) {}
