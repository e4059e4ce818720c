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
import java.time.Instant;
import java.time.LocalDate;
import nl.spreekkamer.platform.errors.ConflictException;

/**
 * The points one employee earned in one registry by completing one module, and whether they have
 * been reported to the registry. A record is reported once: a later export leaves it out.
 */
@Entity
@Table(name = "ACCREDITATION_RECORD")
public class AccreditationRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "accreditationRecordIds")
  @TableGenerator(
      name = "accreditationRecordIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "ACCREDITATION_RECORD",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "CERTIFICATE_ID", nullable = false)
  private long certificateId;

  @Column(name = "MODULE_ID", length = 60, nullable = false)
  private String moduleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "REGISTRY", length = 30, nullable = false)
  private Registry registry;

  @Column(name = "ACTIVITY_ID", length = 40, nullable = false)
  private String activityId;

  @Column(name = "POINTS", precision = 4, scale = 1, nullable = false)
  private BigDecimal points;

  @Column(name = "EARNED_ON", nullable = false)
  private LocalDate earnedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 12, nullable = false)
  private RecordStatus status = RecordStatus.EARNED;

  @Column(name = "REPORTED_AT")
  private Instant reportedAt;

  protected AccreditationRecord() {}

  public AccreditationRecord(
      long accountId, long certificateId, Accreditation accreditation, LocalDate earnedOn) {
    this.accountId = accountId;
    this.certificateId = certificateId;
    this.moduleId = accreditation.moduleId();
    this.registry = accreditation.registry();
    this.activityId = accreditation.activityId();
    this.points = accreditation.points();
    this.earnedOn = earnedOn;
  }

  /** Included in an attendance file for the registry. */
  public void reported(Instant when) {
    if (status != RecordStatus.EARNED) {
      throw new ConflictException("status", "validation.accreditation.notEarned");
    }
    status = RecordStatus.REPORTED;
    reportedAt = when;
  }

  /** The registry refused the record, e.g. an unknown registration number. */
  public void rejected(Instant when) {
    if (status != RecordStatus.REPORTED) {
      throw new ConflictException("status", "validation.accreditation.notReported");
    }
    status = RecordStatus.REJECTED;
    reportedAt = when;
  }

  /** A rejected record goes back to "earned", e.g. after the number was corrected. */
  public void reopen() {
    if (status != RecordStatus.REJECTED) {
      throw new ConflictException("status", "validation.accreditation.notRejected");
    }
    status = RecordStatus.EARNED;
    reportedAt = null;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public long certificateId() {
    return certificateId;
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

  public LocalDate earnedOn() {
    return earnedOn;
  }

  public RecordStatus status() {
    return status;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
