package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spreekkamer.catalogue.domain.ItemQuantity;
import nl.spreekkamer.catalogue.domain.Kit;
import nl.spreekkamer.catalogue.domain.KitRepository;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentRepository;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.catalogue.domain.Stock;
import nl.spreekkamer.catalogue.domain.StockRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.security.Roles;

/**
 * The gemeente coordinator's kits: compose them, distribute them to the gemeente's practices (one
 * shipment each, taken from stock all or nothing), and follow the shipments. Another gemeente's
 * kits do not exist for the caller (404).
 */
@Stateless
@RolesAllowed(Roles.GEMEENTE_COORDINATOR)
public class KitService {
  @Inject Caller caller;
  @Inject Tenant tenant;
  @Inject KitRepository kits;
  @Inject ShipmentRepository shipments;
  @Inject StockRepository stock;
  @Inject PraktijkRepository praktijken;
  @Inject CatalogueViews views;
  @Inject Clock clock;

  public List<KitView> all() {
    return kits.findByGemeente(tenant.gemeenteId()).stream()
        .map(kit -> views.kit(kit, shipments.findByKit(kit.id())))
        .toList();
  }

  public KitView get(long id) {
    Kit kit = own(id);
    return views.kit(kit, shipments.findByKit(id));
  }

  public KitView create(String name, String description, List<LineRequest> lines) {
    Checks.required("name", name, Kit.MAX_NAME); // the name is asked first on the page
    Kit kit = new Kit(tenant.gemeenteId(), name, description, lines(lines), clock.instant());
    kits.add(kit);
    return views.kit(kit, List.of());
  }

  public KitView change(
      long id, Long version, String name, String description, List<LineRequest> lines) {
    Kit kit = own(id);
    Versions.require(version, kit.version());
    kit.describe(name, description);
    if (lines != null) {
      kit.compose(lines(lines));
    }
    return views.kit(kit, shipments.findByKit(id));
  }

  public void delete(long id) {
    Kit kit = own(id);
    kit.requireDraft();
    kits.remove(kit);
  }

  /**
   * Plans a shipment of the kit to each chosen practice of the gemeente (all when none are chosen),
   * skipping practices that already have it. Refused (409) when stock is short.
   */
  public Distribution distribute(long id, Collection<Long> praktijkIds) {
    Kit kit = own(id);
    Map<Long, Praktijk> ofGemeente =
        praktijken.findByGemeente(kit.gemeenteId()).stream()
            .collect(Collectors.toMap(Praktijk::id, Function.identity()));
    List<Long> chosen =
        praktijkIds == null || praktijkIds.isEmpty()
            ? List.copyOf(ofGemeente.keySet())
            : List.copyOf(Set.copyOf(praktijkIds));
    List<Long> foreign = chosen.stream().filter(p -> !ofGemeente.containsKey(p)).toList();
    if (!foreign.isEmpty()) {
      throw new InvalidInputException(
          "praktijkIds",
          "validation.kit.foreignPraktijk",
          foreign.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    Set<Long> had = shipments.praktijkenWithKit(id);
    List<Long> to = chosen.stream().filter(p -> !had.contains(p)).sorted().toList();
    if (to.isEmpty()) {
      throw new ConflictException("praktijkIds", "conflict.kit.allHaveIt");
    }
    new Stock(stock.lockByGemeente(kit.gemeenteId())).take(kit.lines(), to.size());
    Instant now = clock.instant();
    List<Shipment> planned = new ArrayList<>(to.size());
    to.forEach(praktijkId -> planned.add(kit.shipTo(praktijkId, now)));
    shipments.addAll(planned);
    return new Distribution(
        id, planned.size(), chosen.stream().filter(had::contains).sorted().toList());
  }

  /** The kit's shipments, with the practices' names. */
  public List<ShipmentView> shipments(long id) {
    own(id);
    Map<Long, String> names = tenant.praktijkNames(tenant.gemeenteId());
    return shipments.findByKit(id).stream()
        .map(s -> views.shipment(s, names.get(s.praktijkId())))
        .toList();
  }

  /** Marks every planned shipment of the kit as sent; returns how many. */
  public int markAllSent(long id) {
    own(id);
    Instant now = clock.instant();
    List<Shipment> planned =
        shipments.findByKit(id).stream().filter(s -> s.status() == ShipmentStatus.PLANNED).toList();
    planned.forEach(s -> s.markSent(now));
    return planned.size();
  }

  private List<ItemQuantity> lines(List<LineRequest> lines) {
    if (lines == null) {
      throw new InvalidInputException("lines", "validation.kit.empty");
    }
    return lines.stream().map(l -> views.line(l.itemId(), l.variant(), l.quantity())).toList();
  }

  private Kit own(long id) {
    return kits.find(id)
        .filter(kit -> kit.gemeenteId() == tenant.gemeenteId())
        .orElseThrow(() -> new ResourceNotFoundException("notFound.kit", id));
  }
}
