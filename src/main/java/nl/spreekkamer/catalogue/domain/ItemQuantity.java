package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;

/** A number of copies of one variant of a catalogue item: a line of a kit or a shipment. */
@Embeddable
public class ItemQuantity implements Serializable {
  public static final int MAX_QUANTITY = 1000;

  @Column(name = "ITEM_ID", length = 60, nullable = false)
  private String itemId;

  @Embedded private Variant variant;

  @Column(name = "QUANTITY", nullable = false)
  private int quantity;

  protected ItemQuantity() {}

  public ItemQuantity(CatalogueItem item, Variant variant, int quantity) {
    this.itemId = item.id();
    this.variant = Objects.requireNonNull(variant);
    this.quantity = Checks.between("quantity", quantity, 1, MAX_QUANTITY);
  }

  /**
   * The same line as a new object. JPA embeddables must not be shared between owners: EclipseLink
   * writes a shared instance for only one of them (shipments of one kit lost their lines).
   */
  public ItemQuantity copy() {
    ItemQuantity copy = new ItemQuantity();
    copy.itemId = itemId;
    copy.variant = variant.copy();
    copy.quantity = quantity;
    return copy;
  }

  public String itemId() {
    return itemId;
  }

  public Variant variant() {
    return variant;
  }

  public int quantity() {
    return quantity;
  }

  /** The same line for {@code times} practices. */
  public int times(int practices) {
    return quantity * practices;
  }

  boolean sameVariantAs(ItemQuantity other) {
    return itemId.equals(other.itemId) && variant.equals(other.variant);
  }
}
