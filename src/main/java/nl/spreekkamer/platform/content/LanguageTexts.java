package nl.spreekkamer.platform.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one content item in one language, from a YAML file with {@code language}, {@code
 * name} and a {@code texts} block: each key a text of one line (a string) or several (a list).
 */
public record LanguageTexts(String language, String name, Map<String, List<String>> texts) {
  private static final int MAX_LINE = 600;

  public LanguageTexts {
    texts = Map.copyOf(texts);
  }

  public static LanguageTexts read(String file, InputStream in, String expectedLanguage) {
    try (in) {
      YamlContent yaml = YamlContent.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
      YamlContent.Item top = yaml.top();
      String language = top.text("language", 5);
      if (!language.equals(expectedLanguage)) {
        throw top.error("language", "moet " + expectedLanguage + " zijn, zoals de bestandsnaam");
      }
      YamlContent.Item block = top.item("texts");
      Map<String, List<String>> texts = new LinkedHashMap<>();
      for (String key : block.keys()) {
        texts.put(key, block.lines(key, MAX_LINE));
      }
      return new LanguageTexts(language, top.text("name", 40), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses the file unless it has exactly these keys. */
  public void requireKeys(String file, Set<String> keys) {
    if (!texts.keySet().equals(keys)) {
      Set<String> missing = new LinkedHashSet<>(keys);
      missing.removeAll(texts.keySet());
      Set<String> unknown = new LinkedHashSet<>(texts.keySet());
      unknown.removeAll(keys);
      throw new ContentException(
          file, 0, "texts past niet: ontbreekt " + missing + ", onbekend " + unknown);
    }
  }

  /** The text as one line (the lines of a list joined with a space). */
  public String line(String key) {
    return String.join(" ", texts.getOrDefault(key, List.of()));
  }

  /** The texts for a template: a one-line text as a string, a list as a list. */
  public Map<String, Object> forTemplate() {
    Map<String, Object> scope = new LinkedHashMap<>();
    texts.forEach((key, lines) -> scope.put(key, lines.size() == 1 ? lines.get(0) : lines));
    return scope;
  }
}
