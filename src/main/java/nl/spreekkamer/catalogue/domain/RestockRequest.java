package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.persistence.InstantConverter;

/**
 * A practice asks its gemeente for more copies of one item, e.g. when the referral cards run out.
 * The coordinator approves it (a shipment is planned) or declines it with a reason.
 */
@Entity
@Table(name = "RESTOCK_REQUEST")
public class RestockRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "restockIds")
  @TableGenerator(
      name = "restockIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "RESTOCK_REQUEST",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "PRAKTIJK_ID", nullable = false)
  private long praktijkId;

  @Embedded private ItemQuantity line;

  @Column(name = "NOTE", length = 300)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 10, nullable = false)
  private RestockStatus status;

  @Column(name = "REQUESTED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant requestedAt;

  @Column(name = "REQUESTED_BY", nullable = false)
  private long requestedBy;

  @Column(name = "DECIDED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant decidedAt;

  @Column(name = "DECIDED_BY")
  private Long decidedBy;

  @Column(name = "DECLINE_REASON", length = 300)
  private String declineReason;

  @Column(name = "SHIPMENT_ID")
  private Long shipmentId;

  protected RestockRequest() {}

  public RestockRequest(
      long gemeenteId,
      long praktijkId,
      ItemQuantity line,
      String note,
      long requestedBy,
      Instant at) {
    this.gemeenteId = gemeenteId;
    this.praktijkId = praktijkId;
    this.line = line.copy();
    this.note = Checks.optional("note", note, 300);
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.status = RestockStatus.REQUESTED;
  }

  /** Approved: the shipment with the copies is planned. */
  public void approve(Shipment shipment, long accountId, Instant at) {
    requireOpen();
    status = RestockStatus.APPROVED;
    shipmentId = shipment.id();
    decide(accountId, at);
  }

  public void decline(String reason, long accountId, Instant at) {
    requireOpen();
    declineReason = Checks.required("reason", reason, 300);
    status = RestockStatus.DECLINED;
    decide(accountId, at);
  }

  private void requireOpen() {
    if (status != RestockStatus.REQUESTED) {
      throw new ConflictException("status", "conflict.restock.decided");
    }
  }

  private void decide(long accountId, Instant at) {
    decidedBy = accountId;
    decidedAt = at;
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

  public ItemQuantity line() {
    return line;
  }

  public String note() {
    return note;
  }

  public RestockStatus status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String declineReason() {
    return declineReason;
  }

  public Long shipmentId() {
    return shipmentId;
  }
}
