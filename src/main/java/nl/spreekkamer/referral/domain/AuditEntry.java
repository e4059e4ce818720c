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

/** Who saw or changed a referral, when, in which role and what. Never changed afterwards. */
@Entity
@Table(name = "REFERRAL_AUDIT")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "auditIds")
  @TableGenerator(
      name = "auditIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "REFERRAL_AUDIT",
      allocationSize = 50)
  private Long id;

  @Column(name = "REFERRAL_ID", nullable = false)
  private long referralId;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "USERNAME", length = 50, nullable = false)
  private String username;

  @Column(name = "ROLES", length = 120, nullable = false)
  private String roles;

  @Enumerated(EnumType.STRING)
  @Column(name = "AUDIT_ACTION", length = 20, nullable = false)
  private AuditAction action;

  @Column(name = "DETAIL", length = 120)
  private String detail;

  @Column(name = "LOGGED_AT", nullable = false)
  private Instant at;

  protected AuditEntry() {}

  public AuditEntry(
      long referralId,
      long accountId,
      String username,
      String roles,
      AuditAction action,
      String detail,
      Instant at) {
    this.referralId = referralId;
    this.accountId = accountId;
    this.username = Objects.requireNonNull(username);
    this.roles = Objects.requireNonNull(roles);
    this.action = Objects.requireNonNull(action);
    this.detail = detail == null || detail.length() <= 120 ? detail : detail.substring(0, 120);
    this.at = Objects.requireNonNull(at);
  }

  public long referralId() {
    return referralId;
  }

  public String username() {
    return username;
  }

  public String roles() {
    return roles;
  }

  public AuditAction action() {
    return action;
  }

  public String detail() {
    return detail;
  }

  public Instant at() {
    return at;
  }
}
