package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.referral.domain.PrintedCard;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;

/** {@link PrintedCardRepository} on JPA. */
@ApplicationScoped
public class JpaPrintedCardRepository implements PrintedCardRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void addAll(List<PrintedCard> cards) {
    cards.forEach(em::persist);
    em.flush();
  }

  @Override
  public Optional<PrintedCard> find(ReferenceCode reference) {
    return em.createNamedQuery("PrintedCard.byReference", PrintedCard.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countOfPraktijk(long praktijkId) {
    return em.createNamedQuery("PrintedCard.countOfPraktijk", Long.class)
        .setParameter("praktijkId", praktijkId)
        .getSingleResult();
  }
}
