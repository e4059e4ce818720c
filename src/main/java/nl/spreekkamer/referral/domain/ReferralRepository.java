package nl.spreekkamer.referral.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores referrals with their history, contact attempts and audit log. */
public interface ReferralRepository {
  void add(Referral referral);

  Optional<Referral> find(long id);

  Optional<Referral> findByReference(ReferenceCode reference);

  /** A page of a gemeente's queue, filtered and sorted. */
  List<Referral> queue(QueueFilter filter, int first, int max);

  long countQueue(QueueFilter filter);

  /**
   * The open referrals of a gemeente in one pass: all of them, those received since {@code since},
   * those waiting for first contact past {@code due}, and those assigned to {@code workerId}.
   */
  Workload workload(long gemeenteId, Instant since, QueueFilter.NormDue due, long workerId);

  /** The counts of {@link #workload}. */
  record Workload(long open, long newSince, long due, long mine) {}

  /**
   * Up to {@code max} referrals of {@code filter} after {@code after} ({@code null}: from the
   * start).
   */
  List<Referral> tasks(TaskFilter filter, TaskFilter.Cursor after, int max);

  /** How many referrals {@code filter} finds in all. */
  long countTasks(TaskFilter filter);

  /** A page of the referrals a practice made, newest first. */
  List<Referral> ofPraktijk(long praktijkId, int first, int max);

  /** The practice's referrals with feedback given since {@code since}, newest feedback first. */
  List<Referral> withFeedbackSince(long praktijkId, Instant since, int first, int max);

  long countWithFeedbackSince(long praktijkId, Instant since);

  long countOfPraktijk(long praktijkId);

  void addChange(StatusChange change);

  List<StatusChange> changes(long referralId);

  void addAttempt(ContactAttempt attempt);

  List<ContactAttempt> attempts(long referralId);

  void addAudit(AuditEntry entry);

  List<AuditEntry> audit(long referralId);
}
