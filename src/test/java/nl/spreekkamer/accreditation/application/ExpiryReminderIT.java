package nl.spreekkamer.accreditation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.InServer;
import nl.spreekkamer.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real database: a certificate that ends in 60 days brings its
 * holder and the practice manager one reminder each in the outbox, one that ends in 20 days the
 * 30-day reminder, and one that was renewed meanwhile none. The application's own reminder job
 * posts them (every few seconds in the tests), however often it runs; the outbox then sends them
 * (MailOutboxIT shows that part against a real SMTP server).
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryReminderIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("expiry-reminder-it.war")
        .addPackages(false, "nl.spreekkamer.accreditation.domain")
        .addClasses(
            CertificatesAging.class,
            TestAccounts.class,
            TestAccounts.Created.class,
            nl.spreekkamer.platform.RandomCodes.class,
            nl.spreekkamer.organisation.domain.PeRegister.class);
  }

  @Inject CertificatesAging certificates;

  @Test
  void theHolderAndTheManagerAreRemindedOnceAt90AndAt30Days() throws Exception {
    TestAccounts.Created holder = TestAccounts.createPracticeMember("POH");
    certificates.issue(holder.id(), "geldzorgen-spreekkamer", TODAY.plusDays(60));
    TestAccounts.Created soon = TestAccounts.createPracticeMember("HUISARTS");
    certificates.issue(soon.id(), "geldzorgen-spreekkamer", TODAY.plusDays(20));
    TestAccounts.Created renewed = TestAccounts.createPracticeMember("ASSISTENT");
    certificates.issue(renewed.id(), "geldzorgen-spreekkamer", TODAY.plusDays(50));
    certificates.issue(renewed.id(), "geldzorgen-spreekkamer", TODAY.plusDays(700));
    String manager = Api.as("praktijkmanager").get("/api/me").json().getString("email");

    List<String> own =
        await(() -> certificates.mailSubjects("certificate-expiry", address(holder)));
    assertEquals(
        List.of("Uw accreditatie voor \"Geldzorgen in de spreekkamer\" verloopt over 60 dagen"),
        own);
    await(() -> certificates.mailSubjects("certificate-expiry", address(soon)));
    await(
        () ->
            certificates.mailSubjects("team-certificate-expiry", manager).stream()
                .filter(s -> s.contains(holder.username()))
                .toList());

    Thread.sleep(10_000); // more runs of the reminder job
    assertEquals(1, certificates.mailSubjects("certificate-expiry", address(holder)).size());
    assertEquals(
        List.of("Uw accreditatie voor \"Geldzorgen in de spreekkamer\" verloopt over 20 dagen"),
        certificates.mailSubjects("certificate-expiry", address(soon)));
    assertTrue(
        certificates.mailSubjects("certificate-expiry", address(renewed)).isEmpty(),
        "completed again: no reminder");
    List<String> team =
        certificates.mailSubjects("team-certificate-expiry", manager).stream()
            .filter(s -> s.contains(holder.username()) || s.contains(soon.username()))
            .toList();
    assertEquals(2, team.size(), "the manager hears of both, once each: " + team);
  }

  private static String address(TestAccounts.Created account) {
    return account.username() + "@test.example";
  }

  private static List<String> await(Supplier<List<String>> found) throws InterruptedException {
    long end = System.currentTimeMillis() + 20_000;
    List<String> last = found.get();
    while (last.isEmpty() && System.currentTimeMillis() < end) {
      Thread.sleep(250);
      last = found.get();
    }
    assertFalse(last.isEmpty(), "reminders in the outbox");
    return last;
  }
}
