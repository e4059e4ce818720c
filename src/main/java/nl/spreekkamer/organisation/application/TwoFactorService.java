package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Sha256;
import nl.spreekkamer.platform.security.Totp;

/**
 * Two-factor login with an authenticator app (TOTP, decision 0018): a user switches it on for the
 * own account with a code of the app and receives ten single-use recovery codes; switching it off
 * takes a code too. Logins check the second step here.
 */
@Stateless
@RolesAllowed("**")
public class TwoFactorService {
  static final String ISSUER = "Spreekkamer";
  static final int RECOVERY_CODES = 10;
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(TwoFactorService.class.getName());

  @Inject AccountRepository accounts;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject TwoFactorRequirement requirement;
  @Inject AccountAudit audit;

  /** What the app needs: the secret, and the same as an otpauth:// address for a QR code. */
  public record Setup(String secret, String otpauthUri) {}

  /** A new secret for the own account, to be confirmed with a code of the app. */
  public Setup begin() {
    Account account = own();
    String secret = Totp.newSecret();
    account.beginTwoFactor(secret);
    return new Setup(secret, Totp.otpauthUri(ISSUER, account.username(), secret));
  }

  /** Switches two-factor login on with a code of the app; answers the recovery codes, once. */
  public List<String> confirm(String code) {
    Account account = own();
    if (account.twoFactorEnabled() || account.totpSecret() == null) {
      throw new InvalidInputException("code", "validation.twoFactor.notStarted");
    }
    OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant(), 0);
    if (step.isEmpty()) {
      throw new InvalidInputException("code", "validation.twoFactor.code");
    }
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < RECOVERY_CODES) {
      codes.add(recoveryCode());
    }
    Set<String> hashes = new LinkedHashSet<>();
    codes.forEach(c -> hashes.add(Sha256.hex(c)));
    account.confirmTwoFactor(step.getAsLong(), hashes);
    audit.account(AccountEvent.Kind.TWO_FACTOR_ON, account);
    LOG.info(() -> "Two-factor login switched on for account " + account.id());
    return List.copyOf(codes);
  }

  /**
   * Switches two-factor login off for the own account, with a code of the app or a recovery code.
   */
  public void disable(String code) {
    Account account = own();
    if (!account.twoFactorEnabled()) {
      return;
    }
    if (!accepts(account, code)) {
      throw new InvalidInputException("code", "validation.twoFactor.code");
    }
    account.disableTwoFactor();
    audit.account(AccountEvent.Kind.TWO_FACTOR_OFF, account);
    LOG.info(() -> "Two-factor login switched off by account " + account.id());
  }

  /**
   * Whether the own account logs in with two steps, how many recovery codes are left, and whether
   * it must enrol before it may work.
   */
  public Status status() {
    Account account = own();
    return new Status(
        account.twoFactorEnabled(),
        account.recoveryCodesLeft(),
        account.mustEnrolTwoFactor(requirement.required()));
  }

  /** Two-factor login on or off, the recovery codes left, and whether enrolment is due. */
  public record Status(boolean enabled, int recoveryCodesLeft, boolean required) {}

  /**
   * The second step of a login: a code of the app (never the same time step twice) or one of the
   * recovery codes (used up). Runs for a caller who is not logged in yet.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean verifyLogin(String username, String code) {
    Account account = accounts.findByUsername(username).filter(Account::isActive).orElse(null);
    return account != null && account.twoFactorEnabled() && accepts(account, code);
  }

  private boolean accepts(Account account, String code) {
    OptionalLong step =
        Totp.matchingStep(account.totpSecret(), code, clock.instant(), account.totpLastStep());
    if (step.isPresent()) {
      account.usedTotpStep(step.getAsLong());
      return true;
    }
    return code != null && account.useRecoveryCode(Sha256.hex(normalRecovery(code)));
  }

  private Account own() {
    return accounts
        .find(caller.accountId())
        .orElseThrow(() -> new ResourceNotFoundException("notFound.account", caller.accountId()));
  }

  /** Ten characters in two groups, easy to read and type: "k7mq2-xw9pt". */
  private static String recoveryCode() {
    StringBuilder code = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
    }
    return code.toString();
  }

  private static String normalRecovery(String code) {
    String plain = code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return plain.length() == 10 ? plain.substring(0, 5) + "-" + plain.substring(5) : plain;
  }
}
