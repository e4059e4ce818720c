package nl.spreekkamer.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.network.domain.HelpPlace;
import nl.spreekkamer.network.domain.HelpPlaceRepository;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, a social map for both demo gemeenten: invented places with invented addresses and
 * numbers (9 for Lindewaard, 6 for Zandmere), so the pages and the desk sheet show something real.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class SocialMapDemoData {
  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject GemeenteRepository gemeenten;
  @Inject HelpPlaceRepository places;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    gemeenten
        .findByCbsCode(new CbsCode("GM9901"))
        .filter(g -> places.ofGemeente(g.id(), true).isEmpty())
        .ifPresent(g -> lindewaard(g.id()));
    gemeenten
        .findByCbsCode(new CbsCode("GM9902"))
        .filter(g -> places.ofGemeente(g.id(), true).isEmpty())
        .ifPresent(g -> zandmere(g.id()));
  }

  private void lindewaard(long g) {
    int i = 0;
    add(
        g,
        ++i,
        HelpKind.FORM_HELP,
        "Formulierenbrigade Lindewaard",
        "Iedereen die hulp wil bij brieven, toeslagen of aanvragen",
        "Bibliotheek, Kerkstraat 4",
        "0571 23 88 10",
        null,
        "Dinsdag en donderdag 10.00-12.00 uur, zonder afspraak",
        "Nederlands, Engels, Arabisch");
    add(
        g,
        ++i,
        HelpKind.BUDGET_COACHING,
        "Budgetmaatjes Lindewaard",
        "Wie overzicht wil in geld en post; een vrijwilliger komt thuis",
        null,
        "0571 23 88 20",
        "https://www.budgetmaatjes-lindewaard.example",
        "Bellen op werkdagen 9.00-17.00 uur",
        "Nederlands, Turks");
    add(
        g,
        ++i,
        HelpKind.FOOD_BANK,
        "Voedselbank Lindewaard",
        "Huishoudens die tijdelijk niet rondkomen; aanmelden via het meldpunt of maatschappelijk"
            + " werk",
        "Industrieweg 17",
        "0571 23 88 30",
        null,
        "Uitgifte vrijdag 13.00-16.00 uur",
        "Nederlands, Engels, Pools");
    add(
        g,
        ++i,
        HelpKind.SOCIAL_WORK,
        "Welzijn Lindewaard, maatschappelijk werk",
        "Als geldzorgen samengaan met zorgen om werk, relatie of gezondheid",
        "Esstraat 12 (Buurthuis De Wissel)",
        "0571 23 88 40",
        "https://www.welzijnlindewaard.example",
        "Werkdagen 8.30-17.00 uur",
        "Nederlands, Engels, Arabisch, Tigrinya");
    add(
        g,
        ++i,
        HelpKind.WALK_IN,
        "Inloop Geld en Post in De Wissel",
        "Even binnenlopen met een brief of een vraag, koffie staat klaar",
        "Esstraat 12 (Buurthuis De Wissel)",
        null,
        null,
        "Woensdag 9.30-11.30 uur",
        "Nederlands");
    add(
        g,
        ++i,
        HelpKind.LEGAL_HELP,
        "Juridisch Loket, spreekuur Lindewaard",
        "Vragen over beslag, incasso, huur of ontslag",
        "Gemeentehuis, Marktplein 1",
        "0571 23 88 50",
        "https://www.juridischloket.example",
        "Eerste maandag van de maand" + " 13.00-15.00 uur",
        "Nederlands, Engels");
    add(
        g,
        ++i,
        HelpKind.DEBT_HELP,
        "Schuldhulp gemeente Lindewaard",
        "Schulden die niet meer te overzien zijn; aanmelden via het meldpunt",
        "Gemeentehuis, Marktplein 1",
        "0571 23 45 67",
        "https://www.lindewaard.example/geldzorgen",
        "Werkdagen 9.00-17.00 uur",
        "Nederlands," + " Engels, Turks");
    add(
        g,
        ++i,
        HelpKind.OTHER,
        "Kledingbank De Linde",
        "Gratis kleding voor kinderen en volwassenen, op verwijzing",
        "Kerkstraat 22",
        "0571 23 88 60",
        null,
        "Zaterdag 10.00-13.00 uur",
        "Nederlands");
    add(
        g,
        ++i,
        HelpKind.OTHER,
        "Energiecoaches Lindewaard",
        "Lagere energierekening: een coach komt langs en geeft tips en spullen",
        null,
        "0571 23 88 70",
        "https://www.energiecoach-lindewaard.example",
        "Afspraak op werkdagen",
        "Nederlands, Engels");
  }

  private void zandmere(long g) {
    int i = 0;
    add(
        g,
        ++i,
        HelpKind.FORM_HELP,
        "Formulierenhulp Zandmere",
        "Hulp bij belasting, toeslagen en brieven",
        "Stationsweg 8",
        "0599 76 10 10",
        null,
        "Maandag 13.00-16.00 uur",
        "Nederlands, Pools");
    add(
        g,
        ++i,
        HelpKind.FOOD_BANK,
        "Voedselbank Zandmere-Oost",
        "Aanmelden via het Geldloket",
        "Veenkade 3",
        "0599 76 10 20",
        null,
        "Donderdag 14.00-17.00 uur",
        "Nederlands");
    add(
        g,
        ++i,
        HelpKind.BUDGET_COACHING,
        "Thuisadministratie Zandmere",
        "Een vaste vrijwilliger helpt thuis met de administratie",
        null,
        "0599 76 10 30",
        "https://www.thuisadministratie-zandmere.example",
        "Bellen op werkdagen",
        "Nederlands, Engels");
    add(
        g,
        ++i,
        HelpKind.SOCIAL_WORK,
        "Sociaal Team Zandmere",
        "Voor zorgen thuis die op elkaar stapelen",
        "Stationsweg 8",
        "0599 76 10 40",
        null,
        "Werkdagen 8.30-16.30 uur",
        "Nederlands, Engels, Arabisch");
    add(
        g,
        ++i,
        HelpKind.WALK_IN,
        "Geldcafé in de bibliotheek",
        "Samen kijken naar rekeningen en post",
        "Bibliotheek, Brink 2",
        null,
        null,
        "Vrijdag 10.00-12.00 uur",
        "Nederlands");
    add(
        g,
        ++i,
        HelpKind.LEGAL_HELP,
        "Sociaal raadslieden Zandmere",
        "Gratis advies over regels, rechten en bezwaar",
        "Brink 9",
        "0599 76 10 60",
        null,
        "Dinsdag 9.00-12.00 uur",
        "Nederlands, Engels");
  }

  private void add(
      long gemeenteId,
      int position,
      HelpKind kind,
      String name,
      String forWhom,
      String address,
      String phone,
      String website,
      String hours,
      String languages) {
    places.add(
        new HelpPlace(
            gemeenteId,
            new HelpPlace.Details(kind, name, forWhom, address, phone, website, hours, languages),
            position,
            LocalDate.now(clock).minusWeeks(position)));
  }
}
