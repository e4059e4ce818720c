package nl.spreekkamer.catalogue.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.ItemQuantity;
import nl.spreekkamer.catalogue.domain.Kit;
import nl.spreekkamer.catalogue.domain.KitRepository;
import nl.spreekkamer.catalogue.domain.RestockRepository;
import nl.spreekkamer.catalogue.domain.RestockRequest;
import nl.spreekkamer.catalogue.domain.Shipment;
import nl.spreekkamer.catalogue.domain.ShipmentRepository;
import nl.spreekkamer.catalogue.domain.StockLevel;
import nl.spreekkamer.catalogue.domain.StockRepository;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, Lindewaard has material on the shelf, a starter kit that went to its two practices
 * (Het Anker confirmed receipt, De Linde has not yet), a draft kit, and an open request for more
 * referral cards from De Linde.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class CatalogueDemoData {
  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject Catalogue catalogue;
  @Inject GemeenteRepository gemeenten;
  @Inject PraktijkRepository praktijken;
  @Inject AccountRepository accounts;
  @Inject StockRepository stock;
  @Inject KitRepository kits;
  @Inject ShipmentRepository shipments;
  @Inject RestockRepository restocks;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    Gemeente lindewaard =
        gemeenten.findAll().stream()
            .filter(g -> g.name().equals("Lindewaard"))
            .findFirst()
            .orElse(null);
    if (!enabled || lindewaard == null || !kits.findByGemeente(lindewaard.id()).isEmpty()) {
      return;
    }
    long g = lindewaard.id();
    stock(g, "poster-ziek-van-geldzorgen", "nl-A3", 30);
    stock(g, "poster-ziek-van-geldzorgen", "nl-A4", 40);
    stock(g, "poster-slecht-slapen", "nl-A3", 20);
    stock(g, "poster-niet-de-enige", "nl-A3", 20);
    stock(g, "poster-niet-de-enige", "tr-A3", 6);
    stock(g, "folder-meldpunt", "nl", 400);
    stock(g, "folder-meldpunt", "en", 80);
    stock(g, "folder-meldpunt", "tr", 60);
    stock(g, "praatplaat", "nl", 12);
    stock(g, "verwijskaarten", "nl", 300);

    Instant start = clock.instant().minus(Duration.ofDays(21));
    Kit starter =
        new Kit(
            g,
            "Startpakket geldzorgen 2027",
            "Voor elke praktijk: posters, folders, een praatplaat en verwijskaarten.",
            List.of(
                line("poster-ziek-van-geldzorgen", "nl-A3", 2),
                line("folder-meldpunt", "nl", 50),
                line("praatplaat", "nl", 1),
                line("verwijskaarten", "nl", 40)),
            start);
    kits.add(starter);
    List<Shipment> sent = new ArrayList<>();
    for (Praktijk praktijk : praktijken.findByGemeente(g)) {
      Shipment shipment = starter.shipTo(praktijk.id(), start);
      shipment.markSent(start.plus(Duration.ofDays(2)));
      if (praktijk.name().contains("Anker")) {
        shipment.confirmReceived(accountOf("h.bakker"), start.plus(Duration.ofDays(5)));
      }
      sent.add(shipment);
    }
    shipments.addAll(sent);
    kits.add(
        new Kit(
            g,
            "Wachtkamer meertalig",
            "Posters en folders in het Turks en Engels voor praktijken met veel anderstalige"
                + " patiënten.",
            List.of(line("poster-niet-de-enige", "tr-A3", 1), line("folder-meldpunt", "tr", 20)),
            clock.instant().minus(Duration.ofDays(2))));
    praktijken.findByGemeente(g).stream()
        .filter(p -> p.name().contains("Linde"))
        .findFirst()
        .ifPresent(
            deLinde ->
                restocks.add(
                    new RestockRequest(
                        g,
                        deLinde.id(),
                        line("verwijskaarten", "nl", 60),
                        "De kaarten zijn bijna op: we gebruiken ze bij elk gesprek over geld.",
                        accountOf("assistent"),
                        clock.instant().minus(Duration.ofDays(1)))));
  }

  private void stock(long gemeenteId, String itemId, String variant, int quantity) {
    CatalogueItem item = catalogue.find(itemId).orElseThrow();
    StockLevel level = new StockLevel(gemeenteId, item, item.physicalVariant(variant));
    level.count(quantity);
    stock.add(level);
  }

  private ItemQuantity line(String itemId, String variant, int quantity) {
    CatalogueItem item = catalogue.find(itemId).orElseThrow();
    return new ItemQuantity(item, item.physicalVariant(variant), quantity);
  }

  private long accountOf(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
