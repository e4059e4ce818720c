package nl.spreekkamer.accreditation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.platform.RandomCodes;

/**
 * Proof that a person completed a module: what the certificate PDF shows, fixed at the moment of
 * completion, and a verification code (60 random bits) that anyone can check without logging in.
 */
@Entity
@Table(name = "CERTIFICATE")
public class Certificate {
  public static final String CODE_PATTERN =
      "SK-"
          + RandomCodes.CHARACTER
          + "{4}-"
          + RandomCodes.CHARACTER
          + "{4}-"
          + RandomCodes.CHARACTER
          + "{4}";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "certificateIds")
  @TableGenerator(
      name = "certificateIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "CERTIFICATE",
      allocationSize = 50)
  private Long id;

  @Column(name = "CODE", length = 20, nullable = false, unique = true)
  private String code;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "LEARNER_NAME", length = 120, nullable = false)
  private String learnerName;

  @Column(name = "BIG_NUMBER", length = 11)
  private String bigNumber;

  @Column(name = "REGISTER_NUMBER", length = 20)
  private String registerNumber;

  @Column(name = "KABIZ_NUMBER", length = 20)
  private String kabizNumber;

  @Column(name = "MODULE_ID", length = 60, nullable = false)
  private String moduleId;

  @Column(name = "MODULE_TITLE", length = 120, nullable = false)
  private String moduleTitle;

  @Column(name = "MODULE_VERSION", length = 20, nullable = false)
  private String moduleVersion;

  @Column(name = "SCORE", nullable = false)
  private int score;

  @Column(name = "COMPLETED_ON", nullable = false)
  private LocalDate completedOn;

  @Column(name = "EXPIRES_ON", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "ISSUED_AT", nullable = false)
  private Instant issuedAt;

  protected Certificate() {}

  public Certificate(Account learner, Completion completion, Instant issuedAt) {
    this.code = RandomCodes.generate("SK", 3, 4);
    this.accountId = learner.id();
    this.learnerName = learner.displayName();
    this.bigNumber = learner.bigNumber() == null ? null : learner.bigNumber().value();
    this.registerNumber = learner.registerNumber();
    this.kabizNumber = learner.kabizNumber();
    this.moduleId = completion.moduleId();
    this.moduleTitle = completion.moduleTitle();
    this.moduleVersion = completion.moduleVersion();
    this.score = completion.score();
    this.completedOn = completion.completedOn();
    this.expiresOn = completion.expiresOn();
    this.issuedAt = issuedAt;
  }

  /** What was completed, and until when it counts. */
  public record Completion(
      String moduleId,
      String moduleTitle,
      String moduleVersion,
      int score,
      LocalDate completedOn,
      LocalDate expiresOn) {}

  /** Reads a code as a person types it: case and surrounding spaces do not matter. */
  public static String normalise(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isAfter(expiresOn);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long accountId() {
    return accountId;
  }

  public String learnerName() {
    return learnerName;
  }

  public String bigNumber() {
    return bigNumber;
  }

  public String registerNumber() {
    return registerNumber;
  }

  public String kabizNumber() {
    return kabizNumber;
  }

  public String moduleId() {
    return moduleId;
  }

  public String moduleTitle() {
    return moduleTitle;
  }

  public String moduleVersion() {
    return moduleVersion;
  }

  public int score() {
    return score;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
