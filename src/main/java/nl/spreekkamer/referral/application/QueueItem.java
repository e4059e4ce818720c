package nl.spreekkamer.referral.application;

import java.time.Instant;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.NormSignal;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralStatus;

/** One row of the intake queue, with how it stands against the gemeente's response norm. */
public record QueueItem(
    long id,
    String reference,
    long version,
    ReferralStatus status,
    boolean urgent,
    HelpCategory category,
    String patientName,
    long praktijkId,
    String praktijk,
    Long assignedTo,
    Instant createdAt,
    Instant statusChangedAt,
    NormSignal norm,
    boolean selfReferral)
    implements java.io.Serializable {

  static QueueItem of(Referral r, String praktijk, NormSignal norm) {
    return new QueueItem(
        r.id(),
        r.reference().value(),
        r.version(),
        r.status(),
        r.isUrgent(),
        r.category(),
        r.contact() == null ? null : r.contact().name(),
        r.praktijkId(),
        praktijk,
        r.assignedTo(),
        r.createdAt(),
        r.statusChangedAt(),
        norm,
        r.isSelfReferral());
  }
}
