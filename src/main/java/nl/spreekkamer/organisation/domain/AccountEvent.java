package nl.spreekkamer.organisation.domain;

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

/**
 * Something done to an account or an API key, by whom and when: the audit trail beheer reads (NEN
 * 7510). Never changed afterwards.
 */
@Entity
@Table(name = "ACCOUNT_AUDIT")
public class AccountEvent {
  /** What was done. */
  public enum Kind {
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_ACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    TWO_FACTOR_ON,
    TWO_FACTOR_OFF,
    TWO_FACTOR_RESET,
    API_KEY_ISSUED,
    API_KEY_REVOKED
  }

  /** To what: an account of a person or a gemeente's API key. */
  public enum Subject {
    ACCOUNT,
    API_KEY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "accountAuditIds")
  @TableGenerator(
      name = "accountAuditIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "ACCOUNT_AUDIT",
      allocationSize = 50)
  private Long id;

  @Column(name = "LOGGED_AT", nullable = false)
  private Instant at;

  @Column(name = "ACTOR_ID", nullable = false)
  private long actorId;

  @Column(name = "ACTOR", length = 80, nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "EVENT", length = 30, nullable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "SUBJECT_KIND", length = 10, nullable = false)
  private Subject subjectKind;

  @Column(name = "SUBJECT_ID", nullable = false)
  private long subjectId;

  @Column(name = "SUBJECT", length = 120, nullable = false)
  private String subject;

  protected AccountEvent() {}

  public AccountEvent(
      Instant at,
      long actorId,
      String actor,
      Kind kind,
      Subject subjectKind,
      long subjectId,
      String subject) {
    this.at = Objects.requireNonNull(at);
    this.actorId = actorId;
    this.actor = Objects.requireNonNull(actor);
    this.kind = Objects.requireNonNull(kind);
    this.subjectKind = Objects.requireNonNull(subjectKind);
    this.subjectId = subjectId;
    this.subject = Objects.requireNonNull(subject);
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public long actorId() {
    return actorId;
  }

  public String actor() {
    return actor;
  }

  public Kind kind() {
    return kind;
  }

  public Subject subjectKind() {
    return subjectKind;
  }

  public long subjectId() {
    return subjectId;
  }

  public String subject() {
    return subject;
  }
}
