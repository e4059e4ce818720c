package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.persistence.InstantConverter;

/**
 * A bundle of campaign material a gemeente sends to its practices, e.g. "Startpakket 2027": items
 * with quantities per practice. Its lines can change until the kit is first distributed; then every
 * practice that got it got the same.
 */
@Entity
@Table(name = "KIT")
public class Kit {
  public static final int MAX_LINES = 20;
  public static final int MAX_NAME = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "kitIds")
  @TableGenerator(
      name = "kitIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "KIT",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "NAME", length = 80, nullable = false)
  private String name;

  @Column(name = "DESCRIPTION", length = 500)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "KIT_LINE", joinColumns = @JoinColumn(name = "KIT_ID"))
  @OrderColumn(name = "SORT_ORDER")
  private List<ItemQuantity> lines = new ArrayList<>();

  @Column(name = "CREATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "DISTRIBUTED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant distributedAt;

  protected Kit() {}

  public Kit(
      long gemeenteId, String name, String description, List<ItemQuantity> lines, Instant at) {
    this.gemeenteId = gemeenteId;
    this.createdAt = Objects.requireNonNull(at);
    describe(name, description);
    compose(lines);
  }

  public void describe(String name, String description) {
    this.name = Checks.required("name", name, MAX_NAME);
    this.description = Checks.optional("description", description, 500);
  }

  /** Replaces the lines; refused once the kit has gone out. */
  public void compose(List<ItemQuantity> newLines) {
    requireDraft();
    if (newLines == null || newLines.isEmpty()) {
      throw new InvalidInputException("lines", "validation.kit.empty");
    }
    if (newLines.size() > MAX_LINES) {
      throw new InvalidInputException("lines", "validation.kit.tooMany", MAX_LINES);
    }
    for (int i = 0; i < newLines.size(); i++) {
      for (int j = i + 1; j < newLines.size(); j++) {
        if (newLines.get(i).sameVariantAs(newLines.get(j))) {
          throw new InvalidInputException(
              "lines", "validation.kit.duplicate", newLines.get(j).itemId());
        }
      }
    }
    lines.clear();
    newLines.forEach(line -> lines.add(line.copy()));
  }

  /** Refused once the kit has gone out: shipments point at what it was. */
  public void requireDraft() {
    if (distributedAt != null) {
      throw new ConflictException("kit", "conflict.kit.distributed");
    }
  }

  /** A shipment of this kit's lines to one practice. */
  public Shipment shipTo(long praktijkId, Instant at) {
    if (distributedAt == null) {
      distributedAt = at;
    }
    return Shipment.ofKit(this, praktijkId, at);
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

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<ItemQuantity> lines() {
    return List.copyOf(lines);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When it first went out, or {@code null} while it is a draft. */
  public Instant distributedAt() {
    return distributedAt;
  }

  public boolean isDraft() {
    return distributedAt == null;
  }
}
