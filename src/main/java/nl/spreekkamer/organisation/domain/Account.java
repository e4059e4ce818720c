package nl.spreekkamer.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.security.Role;

/**
 * A person's account (medewerker): who they are, their roles, the one practice or gemeente they
 * belong to, and their professional registration numbers. It guards its own membership rule and its
 * login lock-out.
 */
@Entity
@Table(name = "USER_ACCOUNT")
@NamedQuery(
    name = "Account.findByUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
    name = "Account.findByPraktijk",
    query = "SELECT a FROM Account a WHERE a.praktijk.id = :praktijkId ORDER BY a.displayName")
@NamedQuery(
    name = "Account.findByGemeente",
    query = "SELECT a FROM Account a WHERE a.gemeente.id = :gemeenteId ORDER BY a.displayName")
public class Account {
  private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,49}";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "accountIds")
  @TableGenerator(
      name = "accountIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "USER_ACCOUNT",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "USERNAME", length = 50, nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "DISPLAY_NAME", length = 120, nullable = false)
  private String displayName;

  @Column(name = "EMAIL", length = 254, nullable = false)
  private String email;

  /** The language of the mails this person gets: nl or en. */
  @Column(name = "MAIL_LANG", length = 5, nullable = false)
  private String mailLanguage = "nl";

  /** The optional mails this person turned off, comma-separated {@link MailTopic} names. */
  @Column(name = "MAIL_OFF", length = 200)
  private String mailOff;

  @Column(name = "PASSWORD_HASH", length = 400, nullable = false)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
  @Enumerated(EnumType.STRING)
  @Column(name = "ROLE_NAME", length = 30, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "PRAKTIJK_ID")
  private Praktijk praktijk;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "GEMEENTE_ID")
  private Gemeente gemeente;

  @Column(name = "BIG_NUMBER", length = 11)
  private BigNumber bigNumber;

  @Column(name = "REGISTER_NUMBER", length = 20)
  private String registerNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "PE_REGISTER", length = 10)
  private PeRegister peRegister;

  @Column(name = "KABIZ_NUMBER", length = 20)
  private String kabizNumber;

  @Column(name = "ACTIVE", nullable = false)
  private boolean active = true;

  @Column(name = "FAILED_LOGINS", nullable = false)
  private int failedLogins;

  @Column(name = "LAST_FAILED_LOGIN")
  private Instant lastFailedLogin;

  /** When the password was last changed; sessions that began before it are no longer valid. */
  @Column(name = "PASSWORD_CHANGED_AT")
  private Instant passwordChangedAt;

  @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "LAST_LOGIN")
  private Instant lastLogin;

  /** The shared secret of the authenticator app (Base32); in use once {@code totpEnabled}. */
  @Column(name = "TOTP_SECRET", length = 64)
  private String totpSecret;

  @Column(name = "TOTP_ENABLED", nullable = false)
  private boolean totpEnabled;

  /** The last time step whose code was accepted: no code is accepted twice. */
  @Column(name = "TOTP_LAST_STEP", nullable = false)
  private long totpLastStep;

  /** The SHA-256 hash (hex) of the pending password-reset token, if any. */
  @Column(name = "RESET_TOKEN_HASH", length = 64)
  private String resetTokenHash;

  @Column(name = "RESET_EXPIRES_AT")
  private Instant resetExpiresAt;

  /** SHA-256 hashes (hex) of the recovery codes not yet used. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "ACCOUNT_RECOVERY_CODE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
  @Column(name = "CODE_HASH", length = 64, nullable = false)
  private Set<String> recoveryCodeHashes = new HashSet<>();

  protected Account() {}

  public Account(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Membership membership) {
    this.username = normaliseUsername(username);
    changeContact(displayName, email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    assign(membership);
  }

  /** Usernames are lower case letters, digits, dots, dashes and underscores. */
  public static String normaliseUsername(String username) {
    String name = Checks.required("username", username, 50).toLowerCase(Locale.ROOT);
    if (!name.matches(USERNAME_PATTERN)) {
      throw new InvalidInputException("username", "validation.username");
    }
    return name;
  }

  /**
   * Checks a person's own details as {@link #changeContact} and {@link #changeRegistrations} do,
   * each on its own, so that every refused one is reported at once.
   */
  public static void checkDetails(
      Violations violations,
      String displayName,
      String email,
      String registerNumber,
      String kabizNumber) {
    violations.check(() -> Checks.required("displayName", displayName, 120));
    violations.check(() -> Checks.email("email", email));
    violations.check(() -> registrationNumber("registerNumber", registerNumber));
    violations.check(() -> registrationNumber("kabizNumber", kabizNumber));
  }

  public void changeContact(String displayName, String email) {
    this.displayName = Checks.required("displayName", displayName, 120);
    this.email = Checks.email("email", email);
  }

  /** Gives the account its roles and organisation in one step, so the pair always fits. */
  public void assign(Membership membership) {
    Objects.requireNonNull(membership);
    this.roles = EnumSet.copyOf(membership.roles());
    this.praktijk = membership.praktijk();
    this.gemeente = membership.gemeente();
  }

  /** Registration numbers for accreditation; blank values clear a number. */
  public void changeRegistrations(
      BigNumber big, String register, PeRegister peRegister, String kabiz) {
    this.bigNumber = big;
    this.registerNumber = registrationNumber("registerNumber", register);
    this.peRegister = this.registerNumber == null ? null : peRegister;
    this.kabizNumber = registrationNumber("kabizNumber", kabiz);
  }

  private static String registrationNumber(String field, String value) {
    String text = Checks.optional(field, value, 20);
    if (text != null && !text.matches("[A-Za-z0-9-]{3,20}")) {
      throw new InvalidInputException(field, "validation.registration");
    }
    return text;
  }

  /** The user chose a new password. */
  public void changePasswordHash(String newHash, Instant when) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordChangedAt = Objects.requireNonNull(when);
    this.mustChangePassword = false;
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public int failedLogins() {
    return failedLogins;
  }

  /** Whether the user still has to replace a password someone else chose. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Marks the password as chosen by someone else (a manager or beheer). */
  public void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Praktijk praktijk() {
    return praktijk;
  }

  public Gemeente gemeente() {
    return gemeente;
  }

  public BigNumber bigNumber() {
    return bigNumber;
  }

  public String registerNumber() {
    return registerNumber;
  }

  /** Which PE-online register {@link #registerNumber()} belongs to, if the user said so. */
  public PeRegister peRegister() {
    return peRegister;
  }

  public String kabizNumber() {
    return kabizNumber;
  }

  public boolean isActive() {
    return active;
  }

  public Instant lastFailedLogin() {
    return lastFailedLogin;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public Instant lastLogin() {
    return lastLogin;
  }

  // ---------------------------------------------------------------- two-factor login

  /** Starts an enrolment with a new secret; two-factor login is on only after {@link #confirm}. */
  public void beginTwoFactor(String secret) {
    if (totpEnabled) {
      throw new ConflictException(null, "conflict.twoFactor.on");
    }
    this.totpSecret = Objects.requireNonNull(secret);
  }

  /** The secret being enrolled or in use, or {@code null}. */
  public String totpSecret() {
    return totpSecret;
  }

  public boolean twoFactorEnabled() {
    return totpEnabled;
  }

  public long totpLastStep() {
    return totpLastStep;
  }

  /**
   * The enrolment is confirmed with a code of the app (its time step) and these recovery codes
   * (hashed) replace any earlier ones.
   */
  public void confirmTwoFactor(long step, Set<String> recoveryHashes) {
    if (totpSecret == null) {
      throw new ConflictException(null, "conflict.twoFactor.notStarted");
    }
    this.totpEnabled = true;
    this.totpLastStep = step;
    this.recoveryCodeHashes.clear();
    this.recoveryCodeHashes.addAll(recoveryHashes);
  }

  /** A code of this time step was used to log in or to confirm. */
  public void usedTotpStep(long step) {
    this.totpLastStep = Math.max(totpLastStep, step);
  }

  /** Uses up a recovery code; whether it was one. */
  public boolean useRecoveryCode(String hash) {
    return recoveryCodeHashes.remove(hash);
  }

  public int recoveryCodesLeft() {
    return recoveryCodeHashes.size();
  }

  /**
   * Whether this account must enrol two-factor login before it may work, when the platform requires
   * it: every role that can see patient data, so all but the redactie.
   */
  public boolean mustEnrolTwoFactor(boolean required) {
    return required && !totpEnabled && roles.stream().anyMatch(r -> r != Role.REDACTIE);
  }

  /** Two-factor login off, secret and recovery codes gone (by the user with a code, or beheer). */
  public void disableTwoFactor() {
    this.totpEnabled = false;
    this.totpSecret = null;
    this.totpLastStep = 0;
    this.recoveryCodeHashes.clear();
  }

  // ---------------------------------------------------------------- password reset by e-mail

  /** A reset link was sent: this token (hashed) works until {@code expiresAt}, once. */
  public void startPasswordReset(String tokenHash, Instant expiresAt) {
    this.resetTokenHash = Objects.requireNonNull(tokenHash);
    this.resetExpiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Whether this token (hashed) is the pending one and still works at {@code now}. */
  public boolean resetTokenValid(String tokenHash, Instant now) {
    return resetTokenHash != null
        && resetTokenHash.equals(tokenHash)
        && resetExpiresAt != null
        && now.isBefore(resetExpiresAt);
  }

  /** The reset is done (or given up): the token no longer works. */
  public void endPasswordReset() {
    this.resetTokenHash = null;
    this.resetExpiresAt = null;
  }

  /** The language this person reads mails in. */
  public Locale mailLocale() {
    return Locale.forLanguageTag(mailLanguage == null ? "nl" : mailLanguage);
  }

  /** The optional mails this person turned off. */
  public Set<MailTopic> mailOff() {
    Set<MailTopic> off = EnumSet.noneOf(MailTopic.class);
    if (mailOff != null && !mailOff.isBlank()) {
      for (String name : mailOff.split(",")) {
        off.add(MailTopic.valueOf(name));
      }
    }
    return off;
  }

  /** Whether this person, active and with an address, wants mail on {@code topic}. */
  public boolean wantsMail(MailTopic topic) {
    return isActive() && email != null && topic.concerns(roles()) && !mailOff().contains(topic);
  }

  /** Sets the language of mails (nl or en) and the optional mails turned off. */
  public void changeMailSettings(Locale language, Set<MailTopic> off) {
    this.mailLanguage = "en".equals(language.getLanguage()) ? "en" : "nl";
    this.mailOff =
        off.isEmpty()
            ? null
            : off.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
