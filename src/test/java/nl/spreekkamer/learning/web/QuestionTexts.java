package nl.spreekkamer.learning.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Finds a test question's id by the text shown on screen, from the module's content file. */
final class QuestionTexts {
  private QuestionTexts() {}

  @SuppressWarnings("unchecked")
  static String idOf(String module, String shownText) {
    try (Reader reader =
        Files.newBufferedReader(Path.of("content/learning", module, "toets.yaml"))) {
      Map<String, Object> test = new Yaml().load(reader);
      for (Map<String, Object> q : (List<Map<String, Object>>) test.get("questions")) {
        if (normalise((String) q.get("text")).equals(normalise(shownText))) {
          return (String) q.get("id");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("No question with text: " + shownText);
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
