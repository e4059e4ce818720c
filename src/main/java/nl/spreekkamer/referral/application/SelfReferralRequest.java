package nl.spreekkamer.referral.application;

import java.util.List;

/**
 * A patient called the meldpunt with the code of their referral card ({@code POST
 * /api/intake/referrals}): the code, how to reach them, what it is about, and the consent they gave
 * orally to the intake worker, who read out the consent text of {@code consent.textVersion}. {@code
 * channel} is how the patient got in touch (PHONE by default): that is the first contact.
 */
public record SelfReferralRequest(
    String cardCode,
    String patientName,
    String phone,
    String email,
    String contactPreference,
    String callTimes,
    String category,
    List<String> urgency,
    String note,
    String channel,
    ReferralRequest.ConsentRequest consent) {}
