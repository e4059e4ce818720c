package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spreekkamer.catalogue.domain.PlateLanguage;
import nl.spreekkamer.catalogue.domain.PlateTexts;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.SvgTemplate;
import nl.spreekkamer.platform.content.YamlContent;

/**
 * The talking plate from {@code content/praatplaat/}: the illustration (SVG) and its texts per
 * language, read and cross-checked when the application starts. Every text element of the SVG has
 * an id starting with {@code t-}; every language file gives a text for each of those ids.
 */
@ApplicationScoped
public class PlateContent {
  static final String FOLDER = "content/praatplaat/";
  static final String SVG = FOLDER + "praatplaat.svg";
  private static final int MAX_LINE = 600;

  private SvgTemplate illustration;
  private final Map<PlateLanguage, PlateTexts> texts = new EnumMap<>(PlateLanguage.class);

  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ensureLoaded();
  }

  public synchronized PlateTexts texts(PlateLanguage language) {
    ensureLoaded();
    return texts.get(language);
  }

  /** The illustration with its texts in the given language, as SVG markup without a prolog. */
  public synchronized String svg(PlateLanguage language) {
    ensureLoaded();
    return SvgTemplate.serialise(illustration.fill(texts.get(language).front()));
  }

  private void ensureLoaded() {
    if (illustration != null) {
      return;
    }
    SvgTemplate svg = SvgTemplate.parse(SVG, open(SVG), Set.of());
    for (PlateLanguage language : PlateLanguage.values()) {
      texts.put(language, readTexts(language, svg.textIds()));
    }
    illustration = svg;
  }

  private static PlateTexts readTexts(PlateLanguage language, Set<String> ids) {
    String file = FOLDER + language.code() + ".yaml";
    try (InputStream in = open(file)) {
      YamlContent yaml = YamlContent.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
      YamlContent.Item top = yaml.top();
      YamlContent.Item front = top.item("front");
      Set<String> given = new LinkedHashSet<>(front.keys());
      if (!given.equals(ids)) {
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(given);
        given.removeAll(ids);
        throw front.error(
            "front", "past niet bij de SVG: ontbreekt " + missing + ", onbekend " + given);
      }
      Map<String, List<String>> lines = new HashMap<>();
      ids.forEach(id -> lines.put(id, front.lines(id, MAX_LINE)));
      YamlContent.Item back = top.item("back");
      List<String> prompts = back.lines("agreements_prompts", 120);
      if (prompts.size() != 3) {
        throw back.error("agreements_prompts", "moet precies 3 vragen hebben");
      }
      return new PlateTexts(
          language,
          top.text("name", 40),
          lines,
          new PlateTexts.Back(
              back.text("title", 80),
              back.text("intro", 400),
              back.text("agreements_heading", 80),
              prompts,
              back.text("referral_heading", 120),
              back.text("referral_text", 400),
              back.text("meldpunt_heading", 120),
              back.text("phone_label", 40),
              back.text("email_label", 40),
              back.text("address_label", 40),
              back.text("hours_label", 40),
              back.text("website_label", 40),
              back.text("next_appointment_label", 80),
              back.text("footer", 200)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = PlateContent.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new ContentException(path, 0, "het bestand ontbreekt");
    }
    return in;
  }
}
