package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.persistence.InstantConverter;

/**
 * Material on its way to one practice: a kit, or the extra copies of a re-stock request. Planned
 * when the gemeente distributes, sent when it leaves, received when the practice confirms.
 */
@Entity
@Table(name = "SHIPMENT")
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "shipmentIds")
  @TableGenerator(
      name = "shipmentIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "SHIPMENT",
      allocationSize = 500)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "PRAKTIJK_ID", nullable = false)
  private long praktijkId;

  @Column(name = "KIT_ID")
  private Long kitId;

  @Column(name = "TITLE", length = 80, nullable = false)
  private String title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "SHIPMENT_LINE", joinColumns = @JoinColumn(name = "SHIPMENT_ID"))
  @OrderColumn(name = "SORT_ORDER")
  private List<ItemQuantity> lines = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 10, nullable = false)
  private ShipmentStatus status;

  @Column(name = "PLANNED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant plannedAt;

  @Column(name = "SENT_AT")
  @Convert(converter = InstantConverter.class)
  private Instant sentAt;

  @Column(name = "RECEIVED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant receivedAt;

  @Column(name = "RECEIVED_BY")
  private Long receivedBy;

  protected Shipment() {}

  private Shipment(
      long gemeenteId,
      long praktijkId,
      Long kitId,
      String title,
      List<ItemQuantity> lines,
      Instant at) {
    this.gemeenteId = gemeenteId;
    this.praktijkId = praktijkId;
    this.kitId = kitId;
    this.title = title;
    lines.forEach(line -> this.lines.add(line.copy()));
    this.status = ShipmentStatus.PLANNED;
    this.plannedAt = at;
  }

  static Shipment ofKit(Kit kit, long praktijkId, Instant at) {
    return new Shipment(kit.gemeenteId(), praktijkId, kit.id(), kit.name(), kit.lines(), at);
  }

  /** Extra copies for one practice, after the gemeente approved its re-stock request. */
  public static Shipment ofRestock(RestockRequest request, String title, Instant at) {
    return new Shipment(
        request.gemeenteId(), request.praktijkId(), null, title, List.of(request.line()), at);
  }

  /** The gemeente has sent it. */
  public void markSent(Instant at) {
    if (status != ShipmentStatus.PLANNED) {
      throw new ConflictException("status", "conflict.shipment.notPlanned");
    }
    status = ShipmentStatus.SENT;
    sentAt = at;
  }

  /** The practice confirms it arrived; also when the gemeente had not yet marked it sent. */
  public void confirmReceived(long accountId, Instant at) {
    if (status == ShipmentStatus.RECEIVED) {
      throw new ConflictException("status", "conflict.shipment.received");
    }
    if (status == ShipmentStatus.CANCELLED) {
      throw new ConflictException("status", "conflict.shipment.cancelled");
    }
    if (sentAt == null) {
      sentAt = at;
    }
    status = ShipmentStatus.RECEIVED;
    receivedAt = at;
    receivedBy = accountId;
  }

  /** The gemeente calls off a shipment that has not left; its copies go back into stock. */
  public void cancel() {
    if (status != ShipmentStatus.PLANNED) {
      throw new ConflictException("status", "conflict.shipment.notPlanned");
    }
    status = ShipmentStatus.CANCELLED;
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

  public long praktijkId() {
    return praktijkId;
  }

  /** The kit it carries, or {@code null} for a re-stock. */
  public Long kitId() {
    return kitId;
  }

  public String title() {
    return title;
  }

  public List<ItemQuantity> lines() {
    return List.copyOf(lines);
  }

  public ShipmentStatus status() {
    return status;
  }

  public Instant plannedAt() {
    return plannedAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
