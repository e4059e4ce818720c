package nl.spreekkamer.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of kits, stock, shipments and re-stock requests, without a database. */
class KitAndStockTest {
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final CatalogueItem POSTER = item("poster-a", ItemType.POSTER, "nl", "tr");
  static final CatalogueItem FOLDER = item("folder", ItemType.LEAFLET, "nl", "en");
  static final CatalogueItem SCREEN = item("scherm", ItemType.ANIMATION, "nl");

  @Test
  void variantsOfAPosterAreLanguageAndSizeOfOthersOnlyLanguage() {
    assertThat(POSTER.physicalVariants().stream().map(Variant::code))
        .containsExactly("nl-A3", "nl-A4", "tr-A3", "tr-A4");
    assertThat(FOLDER.physicalVariants().stream().map(Variant::code)).containsExactly("nl", "en");
    assertThat(SCREEN.physicalVariants()).isEmpty();
    assertThat(POSTER.variant(null, null).code()).isEqualTo("nl-A3");
    assertThat(POSTER.variant("tr", "a4").code()).isEqualTo("tr-A4");
    assertField(() -> POSTER.variant("pl", null), "lang");
    assertField(() -> POSTER.variant("nl", "A5"), "size");
    assertField(() -> POSTER.format("png"), "format");
    assertField(() -> POSTER.physicalVariant("nl"), "variant");
    assertField(() -> SCREEN.physicalVariant("nl"), "itemId");
  }

  @Test
  void kitLinesAreCheckedAndFixedOnceDistributed() {
    assertField(() -> kit(List.of()), "lines");
    assertField(() -> kit(List.of(line(FOLDER, "nl", 1), line(FOLDER, "nl", 2))), "lines");
    assertField(() -> line(FOLDER, "nl", 0), "quantity");
    assertField(() -> line(FOLDER, "nl", ItemQuantity.MAX_QUANTITY + 1), "quantity");

    Kit kit = kit(List.of(line(POSTER, "nl-A3", 2), line(FOLDER, "nl", 50)));
    assertThat(kit.isDraft()).isTrue();
    Shipment shipment = kit.shipTo(7L, NOW);
    assertThat(kit.isDraft()).isFalse();
    assertThat(shipment.lines()).hasSize(2);
    Shipment second = kit.shipTo(8L, NOW);
    assertThat(second.lines().get(0))
        .as("JPA embeddables are never shared between owners")
        .isNotSameAs(shipment.lines().get(0))
        .isNotSameAs(kit.lines().get(0));
    assertThat(shipment.title()).isEqualTo(kit.name());
    assertThatThrownBy(() -> kit.compose(List.of(line(FOLDER, "en", 1))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(kit::requireDraft).isInstanceOf(ConflictException.class);
  }

  @Test
  void stockIsTakenAllOrNothingAndNamesEveryShortLine() {
    StockLevel posters = level(POSTER, "nl-A3", 5);
    StockLevel folders = level(FOLDER, "nl", 100);
    Stock stock = new Stock(List.of(posters, folders));
    List<ItemQuantity> lines =
        List.of(line(POSTER, "nl-A3", 2), line(FOLDER, "nl", 50), line(FOLDER, "en", 1));

    assertThat(stock.shortages(lines, 3))
        .extracting(Stock.Shortage::variant, Stock.Shortage::needed, Stock.Shortage::available)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nl-A3", 6, 5),
            org.assertj.core.groups.Tuple.tuple("nl", 150, 100),
            org.assertj.core.groups.Tuple.tuple("en", 3, 0));
    assertThatThrownBy(() -> stock.take(lines, 3))
        .isInstanceOf(ConflictException.class)
        .satisfies(
            e ->
                assertThat(((DomainException) e).arguments()[0].toString())
                    .contains("poster-a (nl-A3): nodig 6, op voorraad 5"));
    assertThat(posters.quantity()).isEqualTo(5);
    assertThat(folders.quantity()).isEqualTo(100);

    stock.take(lines.subList(0, 2), 2);
    assertThat(posters.quantity()).isEqualTo(1);
    assertThat(folders.quantity()).isZero();
    stock.putBack(lines.subList(0, 2));
    assertThat(posters.quantity()).isEqualTo(3);
    assertThat(folders.quantity()).isEqualTo(50);
    assertField(() -> posters.count(-1), "quantity");
  }

  @Test
  void shipmentGoesPlannedSentReceivedAndOnlyAPlannedOneIsCancelled() {
    Kit kit = kit(List.of(line(FOLDER, "nl", 10)));
    Shipment received = kit.shipTo(1L, NOW);
    received.confirmReceived(42L, NOW);
    assertThat(received.status()).isEqualTo(ShipmentStatus.RECEIVED);
    assertThat(received.sentAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> received.confirmReceived(42L, NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(received::cancel).isInstanceOf(ConflictException.class);

    Shipment sent = kit.shipTo(2L, NOW);
    sent.markSent(NOW);
    assertThatThrownBy(() -> sent.markSent(NOW)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(sent::cancel).isInstanceOf(ConflictException.class);

    Shipment cancelled = kit.shipTo(3L, NOW);
    cancelled.cancel();
    assertThatThrownBy(() -> cancelled.confirmReceived(42L, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void restockRequestIsDecidedOnce() {
    RestockRequest request = new RestockRequest(1L, 2L, line(FOLDER, "nl", 20), "Op", 9L, NOW);
    assertField(() -> request.decline(" ", 5L, NOW), "reason");
    request.decline("Volgende maand", 5L, NOW);
    assertThat(request.status()).isEqualTo(RestockStatus.DECLINED);
    assertThatThrownBy(() -> request.decline("Nogmaals", 5L, NOW))
        .isInstanceOf(ConflictException.class);
    assertThat(Shipment.ofRestock(request, "Folder", NOW).lines()).hasSize(1);
  }

  @Test
  void screenTokensAreLongRandomAndChangeOnRenewal() {
    Screen screen = new Screen(1L, NOW);
    String first = screen.token();
    assertThat(Screen.looksLikeToken(first)).isTrue();
    screen.renew(NOW);
    assertThat(screen.token()).isNotEqualTo(first).hasSize(26);
    assertThat(Screen.looksLikeToken("../../etc/passwd")).isFalse();
    assertThat(Screen.looksLikeToken(null)).isFalse();
  }

  static CatalogueItem item(String id, ItemType type, String... languages) {
    return new CatalogueItem(id, type, id, id, id, "", "", List.of(languages));
  }

  static ItemQuantity line(CatalogueItem item, String variant, int quantity) {
    return new ItemQuantity(item, item.physicalVariant(variant), quantity);
  }

  static StockLevel level(CatalogueItem item, String variant, int quantity) {
    StockLevel level = new StockLevel(1L, item, item.physicalVariant(variant));
    level.count(quantity);
    return level;
  }

  static Kit kit(List<ItemQuantity> lines) {
    return new Kit(1L, "Startpakket", null, lines, NOW);
  }

  static void assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
  }
}
