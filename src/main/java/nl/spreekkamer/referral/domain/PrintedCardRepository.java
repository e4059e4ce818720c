package nl.spreekkamer.referral.domain;

import java.util.List;
import java.util.Optional;

/** The printed cards. */
public interface PrintedCardRepository {
  void addAll(List<PrintedCard> cards);

  Optional<PrintedCard> find(ReferenceCode reference);

  long countOfPraktijk(long praktijkId);
}
