package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentRepository;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.catalogue.domain.Stock;
import nl.spreekkamer.catalogue.domain.StockRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;

/**
 * Shipments seen from both ends: the practice sees its own and confirms receipt; the coordinator
 * sees the gemeente's, marks them sent or cancels one that has not left (copies back in stock).
 */
@Stateless
public class ShipmentService {
  @Inject Caller caller;
  @Inject Tenant tenant;
  @Inject ShipmentRepository shipments;
  @Inject StockRepository stock;
  @Inject PraktijkRepository praktijken;
  @Inject CatalogueViews views;
  @Inject Clock clock;

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public List<ShipmentView> ofMyPraktijk() {
    Praktijk praktijk = tenant.praktijk();
    return shipments.findByPraktijk(praktijk.id()).stream()
        .map(s -> views.shipment(s, praktijk.name()))
        .toList();
  }

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public ShipmentView confirmReceived(long id) {
    Praktijk praktijk = tenant.praktijk();
    Shipment shipment =
        shipments
            .find(id)
            .filter(s -> s.praktijkId() == praktijk.id())
            .orElseThrow(() -> new ResourceNotFoundException("notFound.shipment", id));
    shipment.confirmReceived(caller.accountId(), clock.instant());
    return views.shipment(shipment, praktijk.name());
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public Page<ShipmentView> ofMyGemeente(ShipmentStatus status, int first, int max) {
    long gemeenteId = tenant.gemeenteId();
    Map<Long, String> names = tenant.praktijkNames(gemeenteId);
    List<ShipmentView> page =
        shipments.findByGemeente(gemeenteId, status, first, max).stream()
            .map(s -> views.shipment(s, names.get(s.praktijkId())))
            .toList();
    return new Page<>(page, shipments.countByGemeente(gemeenteId, status), first, max);
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public ShipmentView markSent(long id) {
    Shipment shipment = ofGemeente(id);
    shipment.markSent(clock.instant());
    return views.shipment(
        shipment, tenant.praktijkNames(shipment.gemeenteId()).get(shipment.praktijkId()));
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public ShipmentView cancel(long id) {
    Shipment shipment = ofGemeente(id);
    shipment.cancel();
    new Stock(stock.lockByGemeente(shipment.gemeenteId())).putBack(shipment.lines());
    return views.shipment(
        shipment, tenant.praktijkNames(shipment.gemeenteId()).get(shipment.praktijkId()));
  }

  private Shipment ofGemeente(long id) {
    long gemeenteId = tenant.gemeenteId();
    return shipments
        .find(id)
        .filter(s -> s.gemeenteId() == gemeenteId)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.shipment", id));
  }
}
