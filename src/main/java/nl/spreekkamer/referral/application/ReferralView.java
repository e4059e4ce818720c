package nl.spreekkamer.referral.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.PatientContact;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.StatusChange;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * A referral as shown to a user. The gemeente sees everything; the referring practice sees the
 * progress, outcome and feedback only when the patient consented to feedback, and otherwise only
 * that the referral was received.
 */
public record ReferralView(
    long id,
    String reference,
    long version,
    ReferralStatus status,
    Instant createdAt,
    Instant statusChangedAt,
    long praktijkId,
    String praktijk,
    long gemeenteId,
    Patient patient,
    HelpCategory category,
    Set<UrgencySignal> urgency,
    boolean urgent,
    String location,
    String note,
    boolean feedbackConsented,
    String consentTextVersion,
    Long assignedTo,
    Outcome outcome,
    DeclineReason declineReason,
    Instant plannedAt,
    String plannedPlace,
    String feedback,
    Instant feedbackAt,
    boolean erased,
    List<Step> history,
    List<Attempt> attempts,
    boolean selfReferral)
    implements java.io.Serializable {

  /** The patient's contact details (null once erased). */
  public record Patient(
      String name, String phone, String email, String contactPreference, String callTimes)
      implements java.io.Serializable {
    static Patient of(PatientContact c) {
      return c == null
          ? null
          : new Patient(
              c.name(),
              c.phone(),
              c.email(),
              c.preference() == null ? null : c.preference().name(),
              c.callTimes());
    }
  }

  /** One status change. */
  public record Step(
      ReferralStatus from, ReferralStatus to, Outcome outcome, String note, Instant at) {
    static Step of(StatusChange c) {
      return new Step(c.from(), c.to(), c.outcome(), c.note(), c.changedAt());
    }
  }

  /** One contact attempt. */
  public record Attempt(String channel, String result, Instant at, String note)
      implements java.io.Serializable {
    static Attempt of(ContactAttempt a) {
      return new Attempt(a.channel().name(), a.result().name(), a.attemptedAt(), a.note());
    }
  }

  static ReferralView forGemeente(
      Referral r, String praktijk, List<StatusChange> changes, List<ContactAttempt> attempts) {
    return of(r, praktijk, true, changes, attempts);
  }

  static ReferralView forPractice(Referral r, String praktijk, List<StatusChange> changes) {
    return of(r, praktijk, false, changes, List.of());
  }

  /**
   * The gemeente sees everything. The practice sees progress (status, outcome, plan, feedback,
   * history) only with feedback consent, and never the worker, the place or the attempts. Of a
   * self-referral without feedback consent the practice sees only that its card was used: the
   * patient chose not to have their details go through the practice.
   */
  private static ReferralView of(
      Referral r,
      String praktijk,
      boolean gemeente,
      List<StatusChange> changes,
      List<ContactAttempt> attempts) {
    boolean progress = gemeente || r.consent().feedback();
    boolean withdrawn = r.status() == ReferralStatus.WITHDRAWN;
    boolean details = progress || !r.isSelfReferral();
    return new ReferralView(
        r.id(),
        r.reference().value(),
        r.version(),
        progress || withdrawn ? r.status() : ReferralStatus.RECEIVED,
        r.createdAt(),
        progress ? r.statusChangedAt() : r.createdAt(),
        r.praktijkId(),
        praktijk,
        r.gemeenteId(),
        details ? Patient.of(r.contact()) : null,
        details ? r.category() : null,
        details ? r.urgency() : Set.of(),
        r.isUrgent(),
        r.location(),
        details ? r.note() : null,
        r.consent().feedback(),
        r.consent().textVersion(),
        gemeente ? r.assignedTo() : null,
        progress ? r.outcome() : null,
        progress ? r.declineReason() : null,
        progress ? r.plannedAt() : null,
        gemeente ? r.plannedPlace() : null,
        progress ? r.feedback() : null,
        progress ? r.feedbackAt() : null,
        r.erasedAt() != null,
        progress ? changes.stream().map(Step::of).toList() : List.of(),
        gemeente ? attempts.stream().map(Attempt::of).toList() : List.of(),
        r.isSelfReferral());
  }
}
