package nl.spreekkamer.referral.application;

import java.util.List;

/**
 * A referral as a practice sends it ({@code POST /api/referrals}): the patient's name and how to
 * reach them, what it is about, and the consent. {@code gemeenteId} defaults to the practice's;
 * {@code reference} links the printed card it was filled in on.
 */
public record ReferralRequest(
    String patientName,
    String phone,
    String email,
    String contactPreference,
    String callTimes,
    String category,
    List<String> urgency,
    String location,
    String note,
    Long gemeenteId,
    String reference,
    ConsentRequest consent) {

  /** What the patient agreed to, and the version of the consent text that was read. */
  public record ConsentRequest(Boolean share, Boolean feedback, String textVersion) {}
}
