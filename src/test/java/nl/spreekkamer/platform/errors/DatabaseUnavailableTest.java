package nl.spreekkamer.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
  @Test
  void connectionFaultsAnywhereInTheCauseChainMeanUnavailable() {
    assertThat(
            DatabaseUnavailable.causes(
                new PersistenceException(
                    new SQLException("Connection to localhost:5432 refused", "08001"))))
        .isTrue();
    assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01")))
        .isTrue();
    assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
    assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool timeout")))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNotAnOutage() {
    assertThat(
            DatabaseUnavailable.causes(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causes(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseUnavailable.causes(new IllegalStateException("no"))).isFalse();
    assertThat(DatabaseUnavailable.causes(null)).isFalse();
  }

  @Test
  void anOutageCountsForThirtySecondsAfterItWasLastSeen() {
    AtomicLong clock = new AtomicLong(-5_000_000_000L);
    DatabaseUnavailable.Aftermath aftermath = new DatabaseUnavailable.Aftermath(clock::get);
    assertThat(aftermath.recently()).as("never seen").isFalse();
    aftermath.seen();
    clock.addAndGet(29_000_000_000L);
    assertThat(aftermath.recently()).isTrue();
    aftermath.seen();
    clock.addAndGet(29_000_000_000L);
    assertThat(aftermath.recently()).as("29 s after the last time it was seen").isTrue();
    clock.addAndGet(1_000_000_000L);
    assertThat(aftermath.recently()).as("30 s after").isFalse();
  }

  @Test
  void aConnectionFaultIsNotedAsAnOutageAndOtherErrorsAreNot() throws InterruptedException {
    DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03"));
    long first = DatabaseUnavailable.lastSeen();
    assertThat(DatabaseUnavailable.seenRecently()).isTrue();
    Thread.sleep(2);
    DatabaseUnavailable.causes(new SQLException("syntax error", "42601"));
    assertThat(DatabaseUnavailable.lastSeen()).as("not an outage").isEqualTo(first);
    DatabaseUnavailable.causes(new SQLTransientConnectionException("pool timeout"));
    assertThat(DatabaseUnavailable.lastSeen()).as("noted again, later").isGreaterThan(first);
  }
}
