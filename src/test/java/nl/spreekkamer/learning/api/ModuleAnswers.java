package nl.spreekkamer.learning.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The right answers of a module's test, read from its content file as an editor wrote it. */
public final class ModuleAnswers {
  private final Map<String, List<String>> correct = new HashMap<>();
  private final Map<String, List<String>> wrong = new HashMap<>();

  @SuppressWarnings("unchecked")
  public ModuleAnswers(String moduleFolder) {
    Path file = Path.of("content/learning", moduleFolder, "toets.yaml");
    try (Reader reader = Files.newBufferedReader(file)) {
      Map<String, Object> test = new Yaml().load(reader);
      for (Map<String, Object> q : (List<Map<String, Object>>) test.get("questions")) {
        List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
        List<String> right = new ArrayList<>();
        List<String> notRight = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          String key = String.valueOf((char) ('a' + i));
          (Boolean.TRUE.equals(options.get(i).get("correct")) ? right : notRight).add(key);
        }
        correct.put((String) q.get("id"), right);
        wrong.put((String) q.get("id"), notRight);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<String> right(String questionId) {
    return correct.get(questionId);
  }

  /** One wrong option. */
  public List<String> wrong(String questionId) {
    return List.of(wrong.get(questionId).get(0));
  }

  public int count() {
    return correct.size();
  }
}
