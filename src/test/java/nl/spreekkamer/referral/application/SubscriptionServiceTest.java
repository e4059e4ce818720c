package nl.spreekkamer.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class SubscriptionServiceTest {
  @Test
  void addressesOfTheServersOwnNetworkAreKnownWithoutAskingDns() {
    for (String internal :
        new String[] {
          "localhost", "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10",
          "169.254.169.254", "0.0.0.0", "100.64.0.1", "[::1]", "[fd00::1]", "[fe80::1]",
          "[::ffff:127.0.0.1]"
        }) {
      assertThat(SubscriptionService.internalAddress(internal)).as(internal).isTrue();
    }
    for (String outside :
        new String[] {
          "hooks.zandmere.example", "172.32.0.1", "8.8.8.8", "[2001:db8::1]", "11.0.0.1"
        }) {
      assertThat(SubscriptionService.internalAddress(outside)).as(outside).isFalse();
    }
  }

  @Test
  void criteriaAreATaskSearchOnStatusPriorityAndLastUpdatedOnly() {
    assertThat(SubscriptionService.search("Task").statuses()).isNull();
    assertThat(SubscriptionService.search("Task?status=received&priority=urgent").urgent())
        .containsExactly(true);
    assertThat(SubscriptionService.search("Task?_lastUpdated=gt2026-12-01").updatedFrom())
        .isNotNull();
    for (String bad :
        new String[] {
          "Patient", "Task?_count=5", "Task?status", "Task?status=open", "Task?x=%zz"
        }) {
      assertThatThrownBy(() -> SubscriptionService.search(bad))
          .as(bad)
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
