package nl.spreekkamer.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.catalogue.application.CatalogueItemView;
import nl.spreekkamer.catalogue.application.CatalogueService;
import nl.spreekkamer.catalogue.domain.ItemType;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The catalogue page: every item with a preview and a download link per language and size. The
 * links go to the API, which personalises the file for the user's gemeente; redactie and beheer
 * (who belong to no gemeente) choose one first.
 */
@Named
@RequestScoped
public class CatalogueBean {
  @Inject CatalogueService catalogue;
  @Inject GemeenteService gemeenten;
  @Inject Caller caller;
  @Inject FacesSupport faces;

  private Long gemeenteId;
  private List<CatalogueItemView> items;

  /** A download link: what it says and where it goes. */
  public record Link(String label, String lang, String href) {}

  @PostConstruct
  void load() {
    items = catalogue.items();
  }

  public List<CatalogueItemView> getItems() {
    return items;
  }

  public String title(CatalogueItemView item) {
    return english() ? item.titleEn() : item.title();
  }

  public String description(CatalogueItemView item) {
    return english() ? item.descriptionEn() : item.description();
  }

  public String typeLabel(CatalogueItemView item) {
    return faces.text("catalogue.type." + item.type().name());
  }

  /** The download links of an item: one per language and size. */
  public List<Link> links(CatalogueItemView item) {
    List<Link> links = new ArrayList<>();
    if (item.type() == ItemType.CARD_STACK && caller.praktijkId() == null) {
      return links;
    }
    for (String lang : item.languages()) {
      String language = Locale.forLanguageTag(lang).getDisplayLanguage(faces.locale());
      if (item.sizes().size() > 1) {
        for (String size : item.sizes()) {
          links.add(new Link(language + " " + size, lang, href(item, lang, size)));
        }
      } else {
        links.add(new Link(language, lang, href(item, lang, null)));
      }
    }
    return links;
  }

  public String previewUrl(CatalogueItemView item) {
    return "/api/catalogue/" + item.id() + "/preview";
  }

  /** Whether the user must choose a gemeente before downloading. */
  public boolean isChoosingGemeente() {
    return caller.gemeenteId() == null && caller.praktijkId() == null;
  }

  public boolean isReady() {
    return !isChoosingGemeente() || gemeenteId != null;
  }

  public List<GemeenteView> getGemeenten() {
    return gemeenten.list();
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
  }

  private String href(CatalogueItemView item, String lang, String size) {
    StringBuilder href =
        new StringBuilder("/api/catalogue/")
            .append(item.id())
            .append("/download?lang=")
            .append(lang);
    if (size != null) {
      href.append("&size=").append(size);
    }
    if (gemeenteId != null) {
      href.append("&gemeenteId=").append(gemeenteId);
    }
    return href.toString();
  }

  private boolean english() {
    return "en".equals(faces.locale().getLanguage());
  }
}
