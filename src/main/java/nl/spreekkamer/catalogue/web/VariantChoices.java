package nl.spreekkamer.catalogue.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.catalogue.application.LineRequest;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.Variant;

/**
 * The printed variants of the catalogue as choices for a select list, e.g. "Poster: Slaapt u slecht
 * door geldzorgen? (nl-A3)", with the value {@code itemId|variant}.
 */
@ApplicationScoped
public class VariantChoices {
  static final String SEPARATOR = "|";

  @Inject Catalogue catalogue;

  public record Choice(String value, String label) implements Serializable {}

  public List<Choice> all() {
    List<Choice> choices = new ArrayList<>();
    for (CatalogueItem item : catalogue.all()) {
      for (Variant variant : item.physicalVariants()) {
        choices.add(
            new Choice(
                item.id() + SEPARATOR + variant.code(),
                item.titleNl() + " (" + variant.code() + ")"));
      }
    }
    return choices;
  }

  /** The line for a chosen value; an empty choice gives a line the service refuses clearly. */
  public static LineRequest line(String value, Integer quantity) {
    if (value == null || !value.contains(SEPARATOR)) {
      return new LineRequest(null, null, quantity);
    }
    int at = value.indexOf(SEPARATOR);
    return new LineRequest(value.substring(0, at), value.substring(at + 1), quantity);
  }
}
