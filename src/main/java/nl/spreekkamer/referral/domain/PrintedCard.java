package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a referral card was printed: its reference code, the practice and employee, the
 * gemeente whose meldpunt is on it, when, and whether patient data was printed on it. Nothing about
 * the patient is stored here.
 */
@Entity
@Table(name = "PRINTED_CARD")
@NamedQuery(
    name = "PrintedCard.byReference",
    query = "SELECT c FROM PrintedCard c WHERE c.reference = :reference")
@NamedQuery(
    name = "PrintedCard.countOfPraktijk",
    query = "SELECT COUNT(c) FROM PrintedCard c WHERE c.praktijkId = :praktijkId")
public class PrintedCard {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "printedCardIds")
  @TableGenerator(
      name = "printedCardIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "PRINTED_CARD",
      allocationSize = 100)
  private Long id;

  @Column(name = "REFERENCE", length = 16, nullable = false, unique = true)
  private String reference;

  @Column(name = "PRAKTIJK_ID", nullable = false)
  private long praktijkId;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "PRINTED_BY", nullable = false)
  private long printedBy;

  @Column(name = "PRINTED_AT", nullable = false)
  private Instant printedAt;

  @Column(name = "WITH_PATIENT_DATA", nullable = false)
  private boolean withPatientData;

  @Column(name = "IN_STACK", nullable = false)
  private boolean inStack;

  protected PrintedCard() {}

  public PrintedCard(
      ReferenceCode reference,
      long praktijkId,
      long gemeenteId,
      long printedBy,
      Instant printedAt,
      boolean withPatientData,
      boolean inStack) {
    this.reference = reference.value();
    this.praktijkId = praktijkId;
    this.gemeenteId = gemeenteId;
    this.printedBy = printedBy;
    this.printedAt = Objects.requireNonNull(printedAt);
    this.withPatientData = withPatientData;
    this.inStack = inStack;
  }

  public ReferenceCode reference() {
    return new ReferenceCode(reference);
  }

  public long praktijkId() {
    return praktijkId;
  }

  public long gemeenteId() {
    return gemeenteId;
  }

  public long printedBy() {
    return printedBy;
  }

  public Instant printedAt() {
    return printedAt;
  }

  public boolean withPatientData() {
    return withPatientData;
  }

  public boolean inStack() {
    return inStack;
  }
}
