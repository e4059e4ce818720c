package nl.spreekkamer.accreditation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * A module's accreditation by one registry: the activity id the registry gave it, the points, and
 * the period in which a completion earns them.
 */
@Entity
@Table(name = "ACCREDITATION")
public class Accreditation {
  public static final BigDecimal MAX_POINTS = new BigDecimal("40");

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "accreditationIds")
  @TableGenerator(
      name = "accreditationIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "ACCREDITATION",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "MODULE_ID", length = 60, nullable = false)
  private String moduleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "REGISTRY", length = 30, nullable = false)
  private Registry registry;

  @Column(name = "ACTIVITY_ID", length = 40, nullable = false)
  private String activityId;

  @Column(name = "POINTS", precision = 4, scale = 1, nullable = false)
  private BigDecimal points;

  @Column(name = "VALID_FROM", nullable = false)
  private LocalDate validFrom;

  @Column(name = "VALID_UNTIL", nullable = false)
  private LocalDate validUntil;

  protected Accreditation() {}

  public Accreditation(String moduleId, Registry registry, Terms terms) {
    if (registry == null) {
      throw new InvalidInputException("registry", "validation.required");
    }
    this.moduleId = moduleId;
    this.registry = registry;
    change(terms);
  }

  /** What a registry granted: the activity id, the points and the period. */
  public record Terms(
      String activityId, BigDecimal points, LocalDate validFrom, LocalDate validUntil) {}

  public void change(Terms terms) {
    String activity = terms.activityId() == null ? "" : terms.activityId().strip();
    if (!activity.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}")) {
      throw new InvalidInputException("activityId", "validation.accreditation.activityId");
    }
    BigDecimal p = terms.points();
    if (p == null || p.signum() <= 0 || p.compareTo(MAX_POINTS) > 0 || p.scale() > 1) {
      throw new InvalidInputException("points", "validation.accreditation.points", MAX_POINTS);
    }
    if (terms.validFrom() == null) {
      throw new InvalidInputException("validFrom", "validation.required");
    }
    if (terms.validUntil() == null) {
      throw new InvalidInputException("validUntil", "validation.required");
    }
    if (terms.validUntil().isBefore(terms.validFrom())) {
      throw new InvalidInputException("validUntil", "validation.accreditation.period");
    }
    this.activityId = activity;
    this.points = p.setScale(1);
    this.validFrom = terms.validFrom();
    this.validUntil = terms.validUntil();
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String moduleId() {
    return moduleId;
  }

  public Registry registry() {
    return registry;
  }

  public String activityId() {
    return activityId;
  }

  public BigDecimal points() {
    return points;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }
}
