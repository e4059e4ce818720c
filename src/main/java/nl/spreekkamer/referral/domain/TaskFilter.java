package nl.spreekkamer.referral.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which referrals of a gemeente a case system asks for (FHIR's Task search): in the order of their
 * last change, so that "what changed since" pages stably while referrals come in.
 *
 * @param statuses only these statuses; {@code null}: any
 * @param urgent only urgent ({@code true}) or routine ({@code false}) ones; {@code null}: both
 * @param updatedFrom last changed at or after this moment; {@code null}: no lower bound
 * @param updatedBefore last changed before this moment; {@code null}: no upper bound
 * @param newestFirst the most recently changed first instead of the oldest
 */
public record TaskFilter(
    long gemeenteId,
    Set<ReferralStatus> statuses,
    Set<Boolean> urgent,
    Instant updatedFrom,
    Instant updatedBefore,
    boolean newestFirst) {

  /** Where a page ends: the last change and id of its last referral. */
  public record Cursor(Instant updatedAt, long id) {}

  /** Whether no referral can match (a status or priority that Spreekkamer never gives). */
  public boolean matchesNothing() {
    return (statuses != null && statuses.isEmpty()) || (urgent != null && urgent.isEmpty());
  }
}
