package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.StockLevel;
import nl.spreekkamer.catalogue.domain.StockRepository;
import nl.spreekkamer.catalogue.domain.Variant;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;

/**
 * The gemeente's stock of printed material: every physical variant in the catalogue with the number
 * on the shelf (0 when never counted). The coordinator enters the counted number.
 */
@Stateless
@RolesAllowed(Roles.GEMEENTE_COORDINATOR)
public class StockService {
  @Inject Caller caller;
  @Inject Tenant tenant;
  @Inject Catalogue catalogue;
  @Inject StockRepository stock;

  public List<StockView> levels() {
    long gemeenteId = tenant.gemeenteId();
    List<StockLevel> levels = stock.findByGemeente(gemeenteId);
    int practices = tenant.praktijkNames(gemeenteId).size();
    List<StockView> views = new ArrayList<>();
    for (CatalogueItem item : catalogue.all()) {
      for (Variant variant : item.physicalVariants()) {
        List<StockLevel> kept =
            levels.stream()
                .filter(l -> l.itemId().equals(item.id()) && l.variant().equals(variant))
                .toList();
        int quantity = kept.stream().mapToInt(StockLevel::quantity).sum();
        views.add(
            new StockView(
                item.id(),
                item.titleNl(),
                variant.code(),
                quantity,
                !kept.isEmpty() && quantity < practices));
      }
    }
    return views;
  }

  /** The variants that run low (see {@link StockView#low()}): the coordinator's home page. */
  public List<StockView> low() {
    return levels().stream().filter(StockView::low).toList();
  }

  /** Sets the counted number of one variant. */
  public StockView count(String itemId, String variantCode, Integer quantity) {
    CatalogueItem item =
        catalogue
            .find(itemId)
            .orElseThrow(() -> new ResourceNotFoundException("notFound.catalogueItem", itemId));
    Variant variant = item.physicalVariant(variantCode);
    if (quantity == null) {
      throw new InvalidInputException("quantity", "validation.required");
    }
    long gemeenteId = tenant.gemeenteId();
    StockLevel level =
        stock.lockByGemeente(gemeenteId).stream()
            .filter(l -> l.itemId().equals(item.id()) && l.variant().equals(variant))
            .findFirst()
            .orElse(null);
    if (level == null) {
      level = new StockLevel(gemeenteId, item, variant);
      level.count(quantity);
      stock.add(level);
    } else {
      level.count(quantity);
    }
    return new StockView(
        item.id(),
        item.titleNl(),
        variant.code(),
        level.quantity(),
        level.quantity() < tenant.praktijkNames(gemeenteId).size());
  }
}
