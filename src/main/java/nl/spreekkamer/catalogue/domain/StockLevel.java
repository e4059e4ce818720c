package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import nl.spreekkamer.platform.errors.Checks;

/** How many printed copies of one item variant a gemeente has on the shelf. */
@Entity
@Table(name = "STOCK_LEVEL")
public class StockLevel {
  public static final int MAX_STOCK = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "stockIds")
  @TableGenerator(
      name = "stockIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "STOCK_LEVEL",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "ITEM_ID", length = 60, nullable = false)
  private String itemId;

  @Embedded private Variant variant;

  @Column(name = "QUANTITY", nullable = false)
  private int quantity;

  protected StockLevel() {}

  public StockLevel(long gemeenteId, CatalogueItem item, Variant variant) {
    this.gemeenteId = gemeenteId;
    this.itemId = item.id();
    this.variant = variant;
  }

  /** The counted number on the shelf, after a delivery from the printer or a stocktake. */
  public void count(int counted) {
    this.quantity = Checks.between("quantity", counted, 0, MAX_STOCK);
  }

  /** Whether {@code wanted} copies can go out. */
  public boolean covers(int wanted) {
    return quantity >= wanted;
  }

  /** Copies go out; the caller checked {@link #covers} for all lines first. */
  public void take(int copies) {
    if (!covers(copies)) {
      throw new IllegalStateException("Stock checked before taking");
    }
    quantity -= copies;
  }

  /** Copies of a cancelled shipment come back. */
  public void putBack(int copies) {
    quantity = Math.min(MAX_STOCK, quantity + copies);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long gemeenteId() {
    return gemeenteId;
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
}
