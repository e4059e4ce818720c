package nl.spreekkamer.organisation.domain;

import java.util.List;

/** The audit trail of accounts and API keys, newest first. */
public interface AccountEventRepository {
  void add(AccountEvent event);

  List<AccountEvent> newest(int first, int max);

  long count();

  /** The events about one account or key. */
  List<AccountEvent> about(AccountEvent.Subject kind, long subjectId);
}
