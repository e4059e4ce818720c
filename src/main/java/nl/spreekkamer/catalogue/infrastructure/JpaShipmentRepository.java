package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentRepository;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;

/** {@link ShipmentRepository} on JPA. */
@ApplicationScoped
public class JpaShipmentRepository implements ShipmentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Shipment> find(long id) {
    return Optional.ofNullable(em.find(Shipment.class, id));
  }

  @Override
  public List<Shipment> findByKit(long kitId) {
    return em.createQuery(
            "SELECT s FROM Shipment s WHERE s.kitId = :k ORDER BY s.id", Shipment.class)
        .setParameter("k", kitId)
        .getResultList();
  }

  @Override
  public Set<Long> praktijkenWithKit(long kitId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT s.praktijkId FROM Shipment s WHERE s.kitId = :k AND s.status <> :c",
                Long.class)
            .setParameter("k", kitId)
            .setParameter("c", ShipmentStatus.CANCELLED)
            .getResultList());
  }

  @Override
  public List<Shipment> findByPraktijk(long praktijkId) {
    return em.createQuery(
            "SELECT s FROM Shipment s WHERE s.praktijkId = :p ORDER BY s.plannedAt DESC, s.id DESC",
            Shipment.class)
        .setParameter("p", praktijkId)
        .getResultList();
  }

  @Override
  public List<Shipment> findByGemeente(long gemeenteId, ShipmentStatus status, int first, int max) {
    return byGemeente(
            "SELECT s", " ORDER BY s.plannedAt DESC, s.id DESC", Shipment.class, gemeenteId, status)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countByGemeente(long gemeenteId, ShipmentStatus status) {
    return byGemeente("SELECT COUNT(s)", "", Long.class, gemeenteId, status).getSingleResult();
  }

  private <T> TypedQuery<T> byGemeente(
      String select, String order, Class<T> type, long gemeenteId, ShipmentStatus status) {
    String where = status == null ? "" : " AND s.status = :status";
    TypedQuery<T> query =
        em.createQuery(select + " FROM Shipment s WHERE s.gemeenteId = :g" + where + order, type)
            .setParameter("g", gemeenteId);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

  @Override
  public void addAll(List<Shipment> shipments) {
    shipments.forEach(em::persist);
    em.flush();
  }
}
