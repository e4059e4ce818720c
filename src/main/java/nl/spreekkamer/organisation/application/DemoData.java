package nl.spreekkamer.organisation.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.BigNumber;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.ConversationLocation;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteContact;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.LocationType;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.organisation.domain.Membership;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.organisation.domain.Postcode;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.platform.security.PasswordHasher;
import nl.spreekkamer.platform.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with two fictional gemeenten, three practices and one account per role
 * (password {@code demo}), when demo mode is on ({@code spreekkamer.demo=true}). Never touches a
 * database that already has accounts.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {
  public static final String PASSWORD = "demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject GemeenteRepository gemeenten;
  @Inject PraktijkRepository praktijken;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  private String demoHash;

  @PostConstruct
  void load() {
    if (!enabled || accounts.count() > 0) {
      return;
    }
    demoHash = hasher.hash(PASSWORD.toCharArray());
    Gemeente lindewaard = lindewaard();
    Gemeente zandmere = zandmere();
    Praktijk deLinde =
        praktijk(
            "Huisartsenpraktijk De Linde",
            "01099001",
            "Lindestraat 14",
            "7412 CD",
            "Lindewaard",
            lindewaard,
            "praktijk@delinde.example");
    Praktijk hetAnker =
        praktijk(
            "Gezondheidscentrum Het Anker",
            "01099002",
            "Havenkade 3",
            "7415 EF",
            "Lindewaard",
            lindewaard,
            "info@hetanker.example");
    Praktijk noord =
        praktijk(
            "Huisartsen Zandmere-Noord",
            "01099003",
            "Noorderweg 21",
            "9502 GH",
            "Zandmere",
            zandmere,
            "post@zandmere-noord.example");

    practice("huisarts", "Mirjam Kooistra", deLinde, Role.HUISARTS)
        .changeRegistrations(new BigNumber("13307924401"), null, null, null);
    practice("poh", "Sanne Verhoef", deLinde, Role.POH)
        .changeRegistrations(new BigNumber("92279180530"), "NVVPO-204518", PeRegister.NVVPO, null);
    practice("assistent", "Ilse Rademaker", deLinde, Role.ASSISTENT)
        .changeRegistrations(null, null, null, "304127");
    practice("praktijkmanager", "Joost van Dam", deLinde, Role.PRAKTIJKMANAGER);
    practice("h.bakker", "Hanneke Bakker", hetAnker, Role.HUISARTS)
        .changeRegistrations(new BigNumber("18718033401"), null, null, null);
    practice("praktijkmanager-b", "Fatima El Idrissi", noord, Role.PRAKTIJKMANAGER);
    practice("l.mulder", "Lotte Mulder", noord, Role.ASSISTENT);
    Account ruben =
        account(
            "intake",
            "Ruben Smit",
            Membership.ofGemeente(lindewaard, Set.of(Role.GEMEENTE_INTAKE)));
    account(
        "coordinator",
        "Ellen Visser",
        Membership.ofGemeente(lindewaard, Set.of(Role.GEMEENTE_COORDINATOR)));
    Account thijs =
        account(
            "intake-b", "Thijs Bos", Membership.ofGemeente(zandmere, Set.of(Role.GEMEENTE_INTAKE)));
    // Named contacts at the gemeente; Het Anker's was last confirmed four months ago.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    deLinde.assignContact(
        new GemeenteContact(
            ruben.displayName(),
            "Consulent schuldhulp",
            "0571 23 45 70",
            ruben.email(),
            ruben.id(),
            today.minusWeeks(2)));
    hetAnker.assignContact(
        new GemeenteContact(
            ruben.displayName(),
            "Consulent schuldhulp",
            "0571 23 45 70",
            ruben.email(),
            ruben.id(),
            today.minusMonths(4)));
    noord.assignContact(
        new GemeenteContact(
            thijs.displayName(),
            "Klantmanager geldzaken",
            "0599 76 54 40",
            thijs.email(),
            thijs.id(),
            today.minusWeeks(1)));
    account("redactie", "Noor Hendriks", Membership.ofPlatform(Set.of(Role.REDACTIE)));
    account("beheer", "Kees Jansen", Membership.ofPlatform(Set.of(Role.BEHEER)));
    LOG.info("Demo data loaded: 2 gemeenten, 3 practices, 12 accounts (password 'demo').");
  }

  private Gemeente lindewaard() {
    Gemeente g =
        new Gemeente(
            "Lindewaard",
            new CbsCode("GM9901"),
            new Meldpunt(
                "Meldpunt Geldzorgen Lindewaard",
                "0571 23 45 67",
                "geldzorgen@lindewaard.example",
                new Address("Marktplein 1", Postcode.parse("7411 AA"), "Lindewaard"),
                "Maandag tot en met vrijdag 9.00-17.00 uur, donderdag tot 20.00 uur",
                "https://www.lindewaard.example/geldzorgen"));
    g.offerLocations(
        List.of(
            new ConversationLocation(LocationType.PRAKTIJK, "In de huisartspraktijk"),
            new ConversationLocation(LocationType.HUISBEZOEK, "Bij u thuis"),
            new ConversationLocation(LocationType.BUURTHUIS, "Buurthuis De Wissel, Esstraat 12"),
            new ConversationLocation(LocationType.GEMEENTEHUIS, "Gemeentehuis, Marktplein 1")));
    gemeenten.add(g);
    return g;
  }

  private Gemeente zandmere() {
    Gemeente g =
        new Gemeente(
            "Zandmere",
            new CbsCode("GM9902"),
            new Meldpunt(
                "Geldloket Zandmere",
                "0599 76 54 32",
                "hulp@geldloket-zandmere.example",
                new Address("Stationsweg 8", Postcode.parse("9501 BC"), "Zandmere"),
                "Maandag tot en met vrijdag 8.30-16.30 uur",
                "https://www.geldloket-zandmere.example"));
    g.changeResponseNorm(new ResponseNorm(2, 15));
    g.offerLocations(
        List.of(
            new ConversationLocation(LocationType.HUISBEZOEK, "Bij u thuis"),
            new ConversationLocation(LocationType.BIBLIOTHEEK, "Bibliotheek Zandmere, Kerkplein 2"),
            new ConversationLocation(LocationType.TELEFONISCH, "Eerst telefonisch")));
    gemeenten.add(g);
    return g;
  }

  private Praktijk praktijk(
      String name,
      String agb,
      String street,
      String postcode,
      String city,
      Gemeente gemeente,
      String email) {
    Praktijk p =
        new Praktijk(
            name,
            new AgbCode(agb),
            new Address(street, Postcode.parse(postcode), city),
            gemeente,
            email);
    praktijken.add(p);
    return p;
  }

  private Account practice(String username, String name, Praktijk praktijk, Role role) {
    return account(username, name, Membership.ofPraktijk(praktijk, Set.of(role)));
  }

  private Account account(String username, String name, Membership membership) {
    String mailbox = username.replace("-", ".");
    Account account =
        new Account(username, name, mailbox + "@demo.spreekkamer.example", demoHash, membership);
    accounts.add(account);
    return account;
  }
}
