package nl.spreekkamer.referral.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.referral.domain.ReferralRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, a past year of invented referrals from Lindewaard's two practices, worked to an
 * end, so the monitoring dashboard and the half-yearly report show something on first start ({@code
 * spreekkamer.demo.history}, 150 with {@code mvn liberty:run}, none in the test server). The
 * benchmarks use it for a gemeente with 20,000 referrals. The same seed gives the same history.
 */
@Startup
@Singleton
@DependsOn("ReferralDemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferralHistoryData {
  private static final Logger LOG = Logger.getLogger(ReferralHistoryData.class.getName());
  static final int BATCH = 250;

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "spreekkamer.demo.history", defaultValue = "0")
  int size;

  @Inject AccountRepository accounts;
  @Inject ReferralRepository referrals;
  @Inject ReferralHistoryWriter writer;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (!enabled || size <= 0) {
      return;
    }
    List<Account> referrers =
        Stream.of("assistent", "poh", "huisarts", "h.bakker")
            .map(name -> accounts.findByUsername(name).orElse(null))
            .filter(a -> a != null && a.praktijk() != null)
            .toList();
    Account worker = accounts.findByUsername("intake").orElse(null);
    if (referrers.isEmpty()
        || worker == null
        || referrals.countOfPraktijk(referrers.get(0).praktijk().id()) > 5) {
      return;
    }
    Random random = new Random(2026);
    Instant now = clock.instant();
    Account[] from = referrers.toArray(Account[]::new);
    for (int first = 0; first < size; first += BATCH) {
      writer.write(first, Math.min(BATCH, size - first), from, worker, random, now);
    }
    LOG.info(() -> "Demo history: " + size + " past referrals in Lindewaard");
  }
}
