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

  /** A page of accounts whose username, name or e-mail contains {@code text} (all when blank). */
  List<Account> search(String text, int first, int max);

  long countSearch(String text);

  long count();

  void add(Account account);

  /** Resets the failure count and notes the login time, without touching the version. */
  void recordLoginSuccess(long accountId, java.time.Instant when);

  /** Adds one failed login and returns the new count of failures in a row. */
  int recordLoginFailure(long accountId);

  /** Locks the account until the given moment and starts counting failures afresh. */
  void lock(long accountId, java.time.Instant until);
}
