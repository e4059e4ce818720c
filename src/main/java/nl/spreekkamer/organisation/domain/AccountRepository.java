package nl.spreekkamer.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds accounts. */
public interface AccountRepository {
  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  List<Account> findByPraktijk(long praktijkId);

  /** The staff of a gemeente, by name. */
  List<Account> findByGemeente(long gemeenteId);

  /**
   * A page of the accounts in {@code filter} whose username, name or e-mail contains {@code text}
   * (all when blank), by username.
   */
  List<Account> search(String text, AccountFilter filter, int first, int max);

  long countSearch(String text, AccountFilter filter);

  long count();

  void add(Account account);

  /** Notes a login at {@code when} and resets the failure count: one UPDATE, no version. */
  void recordLoginSuccess(long accountId, java.time.Instant when);

  /** Adds one failed login at {@code when} to the count since the last successful one. */
  void recordLoginFailure(long accountId, java.time.Instant when);

  /** The account whose pending password-reset token has this hash. */
  Optional<Account> findByResetToken(String tokenHash);

  /** The active accounts with this e-mail address (case-insensitive). */
  List<Account> findActiveByEmail(String email);
}
