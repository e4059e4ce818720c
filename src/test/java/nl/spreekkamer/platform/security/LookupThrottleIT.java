package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Codes on paper cannot be enumerated (issue 16): a source that keeps trying unknown card codes,
 * certificate codes or screen tokens gets 429 with Retry-After; a code that exists ends the count.
 */
class LookupThrottleIT {
  @Test
  void guessingCodesIsSlowedDownAndAFoundCodeEndsIt() throws Exception {
    String screen = Api.as("assistent").get("/api/screen").json().getString("url");
    String known = screen.substring(screen.indexOf("/scherm/"));
    assertThat(Api.anonymous().getText(known).status()).isEqualTo(200);

    List<Integer> statuses = new ArrayList<>();
    Api.Reply last = null;
    for (int i = 0; i < 24; i++) {
      String guess =
          switch (i % 3) {
            case 0 -> "/kaart.xhtml?code=VK-AAAAA-" + (10000 + i);
            case 1 -> "/verify/GEEN-" + i;
            default -> "/scherm/" + "0".repeat(24) + (10 + i);
          };
      last = Api.anonymous().getText(guess);
      statuses.add(last.status());
    }
    assertThat(statuses.subList(0, 20)).as("mistakes within the allowance").containsOnly(404);
    assertThat(last.status()).isEqualTo(429);
    long wait = Long.parseLong(last.header("Retry-After"));
    assertThat(wait).isBetween(1L, 60L);
    assertThat(Api.anonymous().getText(known).status())
        .as("during the wait even a right code waits")
        .isEqualTo(429);

    Thread.sleep(wait * 1000 + 200);
    assertThat(Api.anonymous().getText(known).status()).isEqualTo(200);
    assertThat(Api.anonymous().getText("/kaart.xhtml?code=VK-AAAAA-99999").status())
        .as("the count started over")
        .isEqualTo(404);
  }
}
