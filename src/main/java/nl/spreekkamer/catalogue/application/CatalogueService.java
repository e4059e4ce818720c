package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.Download;
import nl.spreekkamer.catalogue.domain.DownloadRepository;
import nl.spreekkamer.catalogue.domain.Format;
import nl.spreekkamer.catalogue.domain.PaperSize;
import nl.spreekkamer.catalogue.domain.Variant;
import nl.spreekkamer.catalogue.infrastructure.ContentCatalogue;
import nl.spreekkamer.catalogue.infrastructure.LeafletDocument;
import nl.spreekkamer.catalogue.infrastructure.PosterDocument;
import nl.spreekkamer.catalogue.infrastructure.ScreenPage;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.application.GemeenteChoice;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.platform.web.BaseAddress;
import nl.spreekkamer.referral.application.CardService;
import nl.spreekkamer.referral.application.StackRequest;

/**
 * The catalogue of waiting-room material: what there is, and each item as a file personalised with
 * the meldpunt of the caller's gemeente (see {@link GemeenteChoice}). Every download is counted.
 */
@Stateless
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.GEMEENTE_INTAKE,
  Roles.GEMEENTE_COORDINATOR,
  Roles.REDACTIE,
  Roles.BEHEER
})
public class CatalogueService {
  /** Blank referral cards in a downloaded stack: five A4 sheets of four. */
  static final int CARDS_PER_STACK = 20;

  @Inject ContentCatalogue catalogue;
  @Inject DownloadRepository downloads;
  @Inject GemeenteChoice gemeenten;
  @Inject Caller caller;
  @Inject PosterDocument posters;
  @Inject LeafletDocument leaflets;
  @Inject ScreenPage screens;
  @Inject PlateService plates;
  @Inject CardService cards;
  @Inject Clock clock;
  @Inject BaseAddress address;

  public List<CatalogueItemView> items() {
    Map<String, Long> counts = downloads.countsByItem(null);
    return catalogue.all().stream()
        .map(item -> CatalogueItemView.of(item, counts.getOrDefault(item.id(), 0L)))
        .toList();
  }

  public CatalogueItemView item(String id) {
    CatalogueItem item = require(id);
    return CatalogueItemView.of(item, downloads.countsByItem(null).getOrDefault(id, 0L));
  }

  /** The item as a file for the chosen (or the caller's) gemeente, in a language and size. */
  public ItemFile download(String id, String format, String size, String lang, Long gemeenteId) {
    CatalogueItem item = require(id);
    Format chosenFormat = item.format(format);
    Variant variant = item.variant(lang, size);
    PaperSize paper = item.size(size);
    Gemeente gemeente = gemeenten.forMaterial(gemeenteId);
    String language = variant.language();
    String name = item.id() + "-" + variant.code().toLowerCase() + "." + chosenFormat.code();
    byte[] content =
        switch (item.type()) {
          case POSTER -> posters.render(item, language, paper, gemeente);
          case LEAFLET -> leaflets.render(item, language, gemeente, address.base());
          case ANIMATION ->
              screens.render(item, language, gemeente).getBytes(StandardCharsets.UTF_8);
          case PRAATPLAAT -> plates.pdf(language, gemeente.id());
          case CARD_STACK -> cardStack(language, gemeente);
        };
    downloads.add(
        new Download(item.id(), variant, gemeente.id(), caller.praktijkId(), clock.instant()));
    return new ItemFile(content, chosenFormat.mediaType(), name);
  }

  /** The preview picture of an item, as SVG. */
  public String preview(String id) {
    CatalogueItem item = require(id);
    return switch (item.type()) {
      case POSTER -> posters.preview(item);
      case PRAATPLAAT -> plates.previewSvg();
      default -> catalogue.previewSvg(item);
    };
  }

  private byte[] cardStack(String language, Gemeente gemeente) {
    if (caller.praktijkId() == null) {
      throw new InvalidInputException("id", "validation.catalogue.cardsForPractices");
    }
    return cards.stack(new StackRequest(CARDS_PER_STACK, language, gemeente.id())).pdf();
  }

  CatalogueItem require(String id) {
    return catalogue
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.catalogueItem", id));
  }
}
