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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A case system's wish to be called when the gemeente's Tasks change (FHIR R4 Subscription with a
 * rest-hook channel). It remembers the last change it delivered, so every change reaches the hook
 * at least once, in the order of the changes; a hook that fails is tried again later and later, and
 * switched off after {@link #MAX_FAILURES} failures in a row.
 */
@Entity
@Table(name = "FHIR_SUBSCRIPTION")
public class FhirSubscription {
  public static final int MAX_FAILURES = 8;
  public static final int MAX_CRITERIA = 500;
  public static final int MAX_ENDPOINT = 500;
  public static final int MAX_HEADER = 500;
  public static final int MAX_REASON = 200;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  private static final Duration LAST_RETRY = Duration.ofMinutes(5);

  /** The FHIR Subscription status. */
  public enum Status {
    ACTIVE("active"),
    ERROR("error"),
    OFF("off");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "fhirSubscriptionIds")
  @TableGenerator(
      name = "fhirSubscriptionIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "FHIR_SUBSCRIPTION",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "CRITERIA", length = MAX_CRITERIA, nullable = false)
  private String criteria;

  @Column(name = "REASON", length = MAX_REASON)
  private String reason;

  @Column(name = "ENDPOINT", length = MAX_ENDPOINT, nullable = false)
  private String endpoint;

  @Column(name = "WITH_PAYLOAD", nullable = false)
  private boolean withPayload;

  @Column(name = "HEADER", length = MAX_HEADER)
  private String header;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 20, nullable = false)
  private Status status;

  @Column(name = "CREATED_BY", length = 120, nullable = false)
  private String createdBy;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "CURSOR_AT", nullable = false)
  private Instant cursorAt;

  @Column(name = "CURSOR_ID", nullable = false)
  private long cursorId;

  @Column(name = "FAILURES", nullable = false)
  private int failures;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "LAST_ERROR", length = 300)
  private String lastError;

  @Column(name = "LEASE_UNTIL")
  private Instant leaseUntil;

  @Column(name = "LEASE_BY", length = 200)
  private String leaseBy;

  protected FhirSubscription() {}

  /** Active at once: the first call tells of changes after {@code now}. */
  public FhirSubscription(
      long gemeenteId,
      String criteria,
      String reason,
      String endpoint,
      boolean withPayload,
      String header,
      String createdBy,
      Instant now) {
    this.gemeenteId = gemeenteId;
    this.criteria = Objects.requireNonNull(criteria);
    this.reason = reason;
    this.endpoint = Objects.requireNonNull(endpoint);
    this.withPayload = withPayload;
    this.header = header;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = now;
    this.status = Status.ACTIVE;
    this.cursorAt = now;
    this.cursorId = 0;
    this.nextAttemptAt = now;
  }

  /** The hook answered 2xx for the changes up to (at, id). */
  public void delivered(Instant at, long referralId) {
    cursorAt = at;
    cursorId = referralId;
    failures = 0;
    lastError = null;
    status = Status.ACTIVE;
  }

  /** The hook failed: try again after 2, 4, 8 ... seconds (at most 5 minutes), then give up. */
  public void failed(String error, Instant now) {
    failures++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 300));
    status = failures >= MAX_FAILURES ? Status.OFF : Status.ERROR;
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
    nextAttemptAt = now.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait);
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

  public String criteria() {
    return criteria;
  }

  public String reason() {
    return reason;
  }

  public String endpoint() {
    return endpoint;
  }

  public boolean withPayload() {
    return withPayload;
  }

  public String header() {
    return header;
  }

  public Status status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant cursorAt() {
    return cursorAt;
  }

  public long cursorId() {
    return cursorId;
  }

  public int failures() {
    return failures;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
