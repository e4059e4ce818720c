package nl.spreekkamer.catalogue.application;

import java.util.List;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.Format;
import nl.spreekkamer.catalogue.domain.ItemType;
import nl.spreekkamer.catalogue.domain.Variant;

/** A catalogue item as the API and the pages show it, with how often it was downloaded. */
public record CatalogueItemView(
    String id,
    ItemType type,
    String title,
    String titleEn,
    String description,
    String descriptionEn,
    List<String> languages,
    List<String> formats,
    List<String> sizes,
    List<String> variants,
    boolean physical,
    long downloads)
    implements java.io.Serializable {

  static CatalogueItemView of(CatalogueItem item, long downloads) {
    return new CatalogueItemView(
        item.id(),
        item.type(),
        item.titleNl(),
        item.titleEn(),
        item.descriptionNl(),
        item.descriptionEn(),
        item.languages(),
        item.formats().stream().map(Format::code).toList(),
        item.sizes().stream().map(Enum::name).toList(),
        item.physicalVariants().stream().map(Variant::code).toList(),
        item.type().physical(),
        downloads);
  }
}
