package nl.spreekkamer.platform.mail;

import jakarta.persistence.Cacheable;
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

/**
 * One e-mail in the outbox: written in the transaction of the change it tells of, sent later by the
 * {@link MailJob}, tried again with a growing pause while the mail server does not take it
 * (decision 0028). The body is emptied once the mail is sent.
 */
@Entity
@Table(name = "MAIL_OUTBOX")
@Cacheable(false)
public class OutboxMail {
  public static final int MAX_SUBJECT = 300;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_ERROR = 300;

  /** Where a mail is on its way. */
  public enum Status {
    WAITING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mailOutboxIds")
  @TableGenerator(
      name = "mailOutboxIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "MAIL_OUTBOX",
      allocationSize = 50)
  private Long id;

  @Column(name = "KIND", length = 40, nullable = false)
  private String kind;

  @Column(name = "RECIPIENT", length = 254, nullable = false)
  private String recipient;

  @Column(name = "LANG", length = 5, nullable = false)
  private String language;

  @Column(name = "SUBJECT", length = MAX_SUBJECT, nullable = false)
  private String subject;

  @Column(name = "BODY", length = MAX_BODY)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 10, nullable = false)
  private Status status;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "SENT_AT")
  private Instant sentAt;

  @Column(name = "LAST_ERROR", length = MAX_ERROR)
  private String lastError;

  @Column(name = "LEASE_TOKEN", length = 40)
  private String leaseToken;

  @Column(name = "LEASE_UNTIL")
  private Instant leaseUntil;

  @Column(name = "DEDUP_KEY", length = 120)
  private String dedupKey;

  @Column(name = "EXPIRES_AT")
  private Instant expiresAt;

  protected OutboxMail() {}

  OutboxMail(RenderedMail mail, String recipient, String dedupKey, Instant expiresAt, Instant now) {
    this.kind = mail.kind();
    this.recipient = recipient;
    this.language = mail.language();
    this.subject = mail.subject();
    this.body = mail.body();
    this.dedupKey = dedupKey;
    this.expiresAt = expiresAt;
    this.status = Status.WAITING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String recipient() {
    return recipient;
  }

  public String language() {
    return language;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  /** After this moment the mail is not sent any more; {@code null} for most mails. */
  public Instant expiresAt() {
    return expiresAt;
  }

  public String lastError() {
    return lastError;
  }
}
