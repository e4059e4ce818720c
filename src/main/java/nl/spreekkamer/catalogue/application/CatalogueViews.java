package nl.spreekkamer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.ItemQuantity;
import nl.spreekkamer.catalogue.domain.Kit;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** Turns kits and shipments into views, with item titles from the catalogue. */
@ApplicationScoped
public class CatalogueViews {
  @Inject Catalogue catalogue;

  public List<KitLineView> lines(List<ItemQuantity> lines) {
    return lines.stream()
        .map(
            line ->
                new KitLineView(
                    line.itemId(),
                    catalogue.find(line.itemId()).map(CatalogueItem::titleNl).orElse(line.itemId()),
                    line.variant().code(),
                    line.quantity()))
        .toList();
  }

  public KitView kit(Kit kit, List<Shipment> shipments) {
    Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
    shipments.forEach(s -> counts.merge(s.status(), 1L, Long::sum));
    Map<String, Long> byName = new LinkedHashMap<>();
    for (ShipmentStatus status : ShipmentStatus.values()) {
      byName.put(status.name(), counts.getOrDefault(status, 0L));
    }
    return new KitView(
        kit.id(),
        kit.version(),
        kit.name(),
        kit.description(),
        lines(kit.lines()),
        kit.isDraft(),
        kit.createdAt(),
        kit.distributedAt(),
        byName);
  }

  public ShipmentView shipment(Shipment shipment, String praktijk) {
    return new ShipmentView(
        shipment.id(),
        shipment.version(),
        shipment.kitId(),
        shipment.title(),
        shipment.praktijkId(),
        praktijk,
        shipment.status(),
        lines(shipment.lines()),
        shipment.plannedAt(),
        shipment.sentAt(),
        shipment.receivedAt());
  }

  /** A kit or re-stock line from the API: item, variant code and quantity, checked. */
  public ItemQuantity line(String itemId, String variant, Integer quantity) {
    if (itemId == null || itemId.isBlank()) {
      throw new InvalidInputException("itemId", "validation.kit.chooseItem");
    }
    CatalogueItem item =
        catalogue
            .find(itemId == null ? "" : itemId)
            .orElseThrow(
                () -> new InvalidInputException("itemId", "validation.catalogue.item", itemId));
    if (quantity == null) {
      throw new InvalidInputException("quantity", "validation.required");
    }
    return new ItemQuantity(item, item.physicalVariant(variant), quantity);
  }
}
