package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.catalogue.domain.Catalogue;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.ItemType;
import nl.spreekkamer.catalogue.domain.PlateLanguage;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.LanguageTexts;
import nl.spreekkamer.platform.content.SvgTemplate;
import nl.spreekkamer.platform.content.YamlContent;
import nl.spreekkamer.referral.domain.CardLanguage;

/**
 * The catalogue from {@code content/catalogue/}: the list of items in {@code catalogue.yaml}, and
 * per poster, leaflet and screen the texts in every language (and a poster's SVG). Everything is
 * read and cross-checked when the application starts, so a broken file stops the start with the
 * file and line named.
 */
@ApplicationScoped
public class ContentCatalogue implements Catalogue {
  static final String FOLDER = "content/catalogue/";
  static final String INDEX = FOLDER + "catalogue.yaml";
  static final String PREVIEW = "preview.svg";

  /** The personalisation elements every poster has. */
  public static final Set<String> POSTER_IDS =
      Set.of("p-meldpunt-name", "p-meldpunt-phone", "p-meldpunt-web", "p-qr");

  private volatile Loaded loaded;

  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    loaded();
  }

  @Override
  public List<CatalogueItem> all() {
    return loaded().items;
  }

  @Override
  public Optional<CatalogueItem> find(String id) {
    return loaded().items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The poster's illustration, with its t- texts still in Dutch. */
  public SvgTemplate poster(CatalogueItem item) {
    return loaded().posters.get(item.id());
  }

  /** The item's words in one of its languages. */
  public LanguageTexts texts(CatalogueItem item, String language) {
    return loaded().texts.get(item.id()).get(language);
  }

  /** The preview picture of a leaflet, screen or card stack, as SVG markup. */
  public String previewSvg(CatalogueItem item) {
    return loaded().previews.get(item.id());
  }

  private Loaded loaded() {
    Loaded current = loaded;
    if (current == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = read();
        }
        current = loaded;
      }
    }
    return current;
  }

  private record Loaded(
      List<CatalogueItem> items,
      Map<String, SvgTemplate> posters,
      Map<String, Map<String, LanguageTexts>> texts,
      Map<String, String> previews) {}

  private static Loaded read() {
    YamlContent index;
    try (InputStream in = open(INDEX)) {
      index = YamlContent.parse(INDEX, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CatalogueItem> items = new ArrayList<>();
    Map<String, SvgTemplate> posters = new LinkedHashMap<>();
    Map<String, Map<String, LanguageTexts>> texts = new LinkedHashMap<>();
    Map<String, String> previews = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (YamlContent.Item entry : index.list("items")) {
      CatalogueItem item = item(entry);
      if (!ids.add(item.id())) {
        throw entry.error("id", "komt twee keer voor: " + item.id());
      }
      String folder = FOLDER + item.source() + "/";
      switch (item.type()) {
        case POSTER -> {
          SvgTemplate svg =
              SvgTemplate.parse(folder + "poster.svg", open(folder + "poster.svg"), POSTER_IDS);
          posters.put(item.id(), svg);
          texts.put(item.id(), languageTexts(item, folder, svg.textIds()));
        }
        case LEAFLET, ANIMATION -> {
          texts.put(item.id(), languageTexts(item, folder, null));
          previews.put(item.id(), read(folder + PREVIEW));
        }
        case CARD_STACK -> previews.put(item.id(), read(folder + PREVIEW));
        case PRAATPLAAT -> {
          // the talking plate has its own content folder (PlateContent)
        }
      }
      items.add(item);
    }
    if (items.isEmpty()) {
      throw new ContentException(INDEX, 0, "de catalogus is leeg");
    }
    return new Loaded(List.copyOf(items), posters, texts, previews);
  }

  private static CatalogueItem item(YamlContent.Item entry) {
    String id = entry.text("id", 60);
    if (!id.matches("[a-z0-9-]+")) {
      throw entry.error("id", "alleen kleine letters, cijfers en streepjes");
    }
    ItemType type = entry.choice("type", ItemType.class);
    List<String> languages = entry.lines("languages", 5);
    List<String> allowed = allowedLanguages(type);
    for (String language : languages) {
      if (allowed != null && !allowed.contains(language)) {
        throw entry.error("languages", language + " bestaat niet voor " + type + " " + allowed);
      }
    }
    if (!languages.get(0).equals("nl")) {
      throw entry.error("languages", "begint met nl");
    }
    YamlContent.Item title = entry.item("title");
    YamlContent.Item description = entry.item("description");
    return new CatalogueItem(
        id,
        type,
        entry.optionalText("source", 80).orElse(id),
        title.text("nl", 80),
        title.text("en", 80),
        description.text("nl", 400),
        description.text("en", 400),
        languages);
  }

  /** The languages an item of this type can come in, or {@code null} for its own files. */
  private static List<String> allowedLanguages(ItemType type) {
    return switch (type) {
      case PRAATPLAAT -> Arrays.stream(PlateLanguage.values()).map(PlateLanguage::code).toList();
      case CARD_STACK -> Arrays.stream(CardLanguage.values()).map(CardLanguage::code).toList();
      default -> null;
    };
  }

  /** Each language's file; all with the SVG's text ids, or else with the same keys as Dutch. */
  private static Map<String, LanguageTexts> languageTexts(
      CatalogueItem item, String folder, Set<String> svgIds) {
    Map<String, LanguageTexts> byLanguage = new LinkedHashMap<>();
    Set<String> keys = svgIds;
    for (String language : item.languages()) {
      String file = folder + language + ".yaml";
      LanguageTexts texts = LanguageTexts.read(file, open(file), language);
      if (keys == null) {
        keys = texts.texts().keySet();
      }
      texts.requireKeys(file, keys);
      byLanguage.put(language, texts);
    }
    return byLanguage;
  }

  private static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String path) {
    InputStream in = ContentCatalogue.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new ContentException(path, 0, "het bestand ontbreekt");
    }
    return in;
  }
}
