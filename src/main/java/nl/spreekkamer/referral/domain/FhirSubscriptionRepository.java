package nl.spreekkamer.referral.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the case systems' subscriptions. */
public interface FhirSubscriptionRepository {
  void add(FhirSubscription subscription);

  Optional<FhirSubscription> find(long id);

  List<FhirSubscription> ofGemeente(long gemeenteId);

  void remove(FhirSubscription subscription);

  /** The ids of subscriptions that are on and due for an attempt at {@code now}. */
  List<Long> due(Instant now);

  /**
   * Claims the subscription for {@code node} until {@code until}, unless another server holds it.
   *
   * @return whether this server has it now
   */
  boolean lease(long id, String node, Instant now, Instant until);

  void release(long id, String node);
}
