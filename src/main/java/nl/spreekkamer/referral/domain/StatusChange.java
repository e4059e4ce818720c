package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** One step in a referral's history: from which status to which, by whom, when, with a note. */
@Entity
@Table(name = "REFERRAL_STATUS_CHANGE")
public class StatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "statusChangeIds")
  @TableGenerator(
      name = "statusChangeIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "REFERRAL_STATUS_CHANGE",
      allocationSize = 50)
  private Long id;

  @Column(name = "REFERRAL_ID", nullable = false)
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(name = "FROM_STATUS", length = 30, nullable = false)
  private ReferralStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "TO_STATUS", length = 30, nullable = false)
  private ReferralStatus to;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", length = 30)
  private Outcome outcome;

  @Column(name = "NOTE", length = Referral.MAX_NOTE)
  private String note;

  @Column(name = "CHANGED_BY", nullable = false)
  private long changedBy;

  @Column(name = "CHANGED_AT", nullable = false)
  private Instant changedAt;

  protected StatusChange() {}

  StatusChange(
      Long referralId,
      ReferralStatus from,
      ReferralStatus to,
      Outcome outcome,
      String note,
      long changedBy,
      Instant changedAt) {
    this.referralId = Objects.requireNonNull(referralId);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.outcome = outcome;
    this.note = note;
    this.changedBy = changedBy;
    this.changedAt = Objects.requireNonNull(changedAt);
  }

  public ReferralStatus from() {
    return from;
  }

  public ReferralStatus to() {
    return to;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String note() {
    return note;
  }

  public long changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  /** Removes the free text, as part of erasing a referral's personal data. */
  public void eraseNote() {
    note = null;
  }
}
