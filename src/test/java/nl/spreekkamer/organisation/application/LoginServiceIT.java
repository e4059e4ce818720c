package nl.spreekkamer.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.testing.InServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real Derby database: the login service with its repository, and
 * proof that the application services refuse callers without the right role.
 */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {
  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "organisation-it.war")
        .addPackages(
            false,
            path -> {
              String name = path.get();
              return !name.contains("DatabaseMigrator")
                  && !name.contains("DemoData")
                  && !name.contains("ContactReminders")
                  && !name.contains("FailFastCustomizer");
            },
            "nl.spreekkamer.organisation.domain",
            "nl.spreekkamer.organisation.infrastructure",
            "nl.spreekkamer.organisation.application",
            "nl.spreekkamer.platform",
            "nl.spreekkamer.platform.errors",
            "nl.spreekkamer.platform.i18n",
            "nl.spreekkamer.platform.paging",
            "nl.spreekkamer.platform.persistence",
            "nl.spreekkamer.platform.security")
        .addClass(nl.spreekkamer.platform.health.DatabaseProbe.class)
        .addAsResource(new StringAsset(InServer.persistenceUnit()), "META-INF/persistence.xml")
        .addAsResource("nl/spreekkamer/i18n/messages.properties")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject UserTransaction transaction;
  @Inject LoginService logins;
  @Inject AccountRepository accounts;
  @Inject GemeenteRepository gemeenten;
  @Inject GemeenteService gemeenteService;
  @Inject AccountService accountService;

  @Test
  void anActiveAccountsCredentialsCarryTheHashAndTheRolesAndAnUnknownUserHasNone() {
    LoginService.Credentials coordinator = logins.credentials("coordinator").orElseThrow();
    assertEquals(java.util.Set.of("GEMEENTE_COORDINATOR"), coordinator.roles());
    assertTrue(coordinator.passwordHash().startsWith("PBKDF2WithHmacSHA512:"));
    assertTrue(logins.credentials("niemand").isEmpty());
  }

  @Test
  void failuresAreCountedInTheDatabaseAndASuccessEndsTheCount() throws Exception {
    long id = logins.credentials("redactie").orElseThrow().accountId();
    int before = failedLoginsOf("redactie");
    logins.recordFailure(id);
    logins.recordFailure(id);
    assertEquals(before + 2, failedLoginsOf("redactie"));
    assertTrue(logins.credentials("redactie").orElseThrow().lastLoginDue());

    logins.recordSuccess(id);
    assertEquals(0, failedLoginsOf("redactie"));
    assertNotNull(accounts.findByUsername("redactie").map(Account::lastLogin).orElse(null));
  }

  /**
   * Reads in a transaction of its own: outside one, Liberty keeps one persistence context per call
   * chain.
   */
  private int failedLoginsOf(String username) throws Exception {
    transaction.begin();
    try {
      return accounts.findByUsername(username).orElseThrow().failedLogins();
    } finally {
      transaction.commit();
    }
  }

  @Test
  void theRepositoryFindsTheDemoGemeenteByItsCbsCode() {
    assertEquals("Lindewaard", gemeenten.findByCbsCode(new CbsCode("GM9901")).orElseThrow().name());
    assertTrue(gemeenten.findByCbsCode(new CbsCode("GM9999")).isEmpty());
  }

  @Test
  void applicationServicesRefuseACallerWithoutARole() {
    assertThrows(EJBAccessException.class, () -> gemeenteService.list());
    assertThrows(EJBAccessException.class, () -> accountService.search(null, 0, 10));
  }
}
