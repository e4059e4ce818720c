package nl.spreekkamer.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import nl.spreekkamer.referral.api.ReferralApiIT;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * The test server's Derby database is encrypted (issue 16, decision 0019): a patient's name, sent
 * as a referral and erased again, is in no file of the database directory, neither in the data nor
 * in the transaction log; the boot password lives outside that directory.
 */
class EncryptedAtRestIT {
  @Test
  void aPatientsNameIsInNoFileOfTheDatabase() throws Exception {
    Path db = Path.of(System.getProperty("it.db.dir", "target/it-derby"));
    assertThat(DerbyBoot.encrypted(db)).as("service.properties says encrypted").isTrue();
    assertThat(db.resolveSibling(db.getFileName() + ".bootpassword")).exists();

    String name = "Zoekmij " + letters(10);
    Api.Reply created =
        Api.as("assistent").post("/api/referrals", ReferralApiIT.referral(name, true, ""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(Api.as("intake").get("/api/referrals/" + id).body()).contains(name);
    assertThat(DerbyBootTest.filesContain(db, name))
        .as("while the referral is open: committed, in the log, encrypted")
        .isFalse();

    assertThat(Api.as("coordinator").post("/api/referrals/" + id + "/erase", null).status())
        .isEqualTo(200);
    assertThat(DerbyBootTest.filesContain(db, name)).as("after the erase").isFalse();
    try (var files = Files.list(db.resolve("log"))) {
      assertThat(files.count()).as("the transaction log is there to be searched").isPositive();
    }
  }

  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }
}
