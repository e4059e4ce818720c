package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.RestockRepository;
import nl.spreekkamer.catalogue.domain.RestockRequest;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentRepository;
import nl.spreekkamer.catalogue.domain.Stock;
import nl.spreekkamer.catalogue.domain.StockRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;

/**
 * A practice asks for more copies of one item; its gemeente's coordinator approves (a shipment is
 * planned and the copies leave stock, refused when short) or declines with a reason.
 */
@Stateless
public class RestockService {
  @Inject Caller caller;
  @Inject Tenant tenant;
  @Inject RestockRepository requests;
  @Inject ShipmentRepository shipments;
  @Inject StockRepository stock;
  @Inject PraktijkRepository praktijken;
  @Inject Catalogue catalogue;
  @Inject CatalogueViews views;
  @Inject Clock clock;

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public RestockView request(LineRequest line, String note) {
    Praktijk praktijk = tenant.praktijk();
    RestockRequest request =
        new RestockRequest(
            praktijk.gemeente().id(),
            praktijk.id(),
            views.line(line.itemId(), line.variant(), line.quantity()),
            note,
            caller.accountId(),
            clock.instant());
    requests.add(request);
    return view(request, praktijk.name());
  }

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public List<RestockView> ofMyPraktijk() {
    Praktijk praktijk = tenant.praktijk();
    return requests.findByPraktijk(praktijk.id()).stream()
        .map(r -> view(r, praktijk.name()))
        .toList();
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public List<RestockView> ofMyGemeente() {
    long gemeenteId = tenant.gemeenteId();
    Map<Long, String> names = tenant.praktijkNames(gemeenteId);
    return requests.findByGemeente(gemeenteId).stream()
        .map(r -> view(r, names.get(r.praktijkId())))
        .toList();
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public RestockView approve(long id) {
    RestockRequest request = ofGemeente(id);
    new Stock(stock.lockByGemeente(request.gemeenteId())).take(List.of(request.line()), 1);
    Instant now = clock.instant();
    String title =
        catalogue.find(request.line().itemId()).map(CatalogueItem::titleNl).orElse("Aanvulling");
    Shipment shipment = Shipment.ofRestock(request, title, now);
    shipments.addAll(List.of(shipment));
    request.approve(shipment, caller.accountId(), now);
    return view(request, tenant.praktijkNames(request.gemeenteId()).get(request.praktijkId()));
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public RestockView decline(long id, String reason) {
    RestockRequest request = ofGemeente(id);
    request.decline(reason, caller.accountId(), clock.instant());
    return view(request, tenant.praktijkNames(request.gemeenteId()).get(request.praktijkId()));
  }

  private RestockView view(RestockRequest r, String praktijk) {
    return new RestockView(
        r.id(),
        r.praktijkId(),
        praktijk,
        views.lines(List.of(r.line())).get(0),
        r.note(),
        r.status(),
        r.requestedAt(),
        r.decidedAt(),
        r.declineReason(),
        r.shipmentId());
  }

  private RestockRequest ofGemeente(long id) {
    long gemeenteId = tenant.gemeenteId();
    return requests
        .find(id)
        .filter(r -> r.gemeenteId() == gemeenteId)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.restock", id));
  }
}
