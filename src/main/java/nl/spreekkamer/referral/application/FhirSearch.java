package nl.spreekkamer.referral.application;

import java.time.Instant;
import java.util.Set;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.TaskFilter;

/**
 * A case system's search for Tasks, read from the FHIR parameters ({@code status}, {@code
 * priority}, {@code _lastUpdated}, {@code _sort}, {@code _count}), always within the caller's own
 * gemeente.
 *
 * @param after where the previous page ended; {@code null}: the first page
 * @param count how many Tasks a page holds at most (0: only the total)
 */
public record FhirSearch(
    Set<ReferralStatus> statuses,
    Set<Boolean> urgent,
    Instant updatedFrom,
    Instant updatedBefore,
    boolean newestFirst,
    TaskFilter.Cursor after,
    int count) {

  /** The filter for one gemeente. */
  TaskFilter filter(long gemeenteId) {
    return new TaskFilter(gemeenteId, statuses, urgent, updatedFrom, updatedBefore, newestFirst);
  }
}
