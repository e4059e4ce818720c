package nl.spreekkamer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.spreekkamer.platform.security.Role;
import org.junit.jupiter.api.Test;

/** Every text the code and the pages ask for exists in Dutch and in English. */
class I18nBundleTest {
  private static final Path BUNDLES = Path.of("src/main/resources/nl/spreekkamer/i18n");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "\"((?:validation|conflict|notFound|error|login|profile|team|problem)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

  private final Properties dutch = load("messages.properties");
  private final Properties english = load("messages_en.properties");

  @Test
  void dutchAndEnglishHaveTheSameKeys() {
    assertThat(new TreeSet<>(english.stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(dutch.stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    assertThat(dutch.stringPropertyNames())
        .containsAll(keysIn(Path.of("src/main/webapp"), PAGE_KEY, ".xhtml"));
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    assertThat(dutch.stringPropertyNames())
        .containsAll(keysIn(Path.of("src/main/java"), CODE_KEY, ".java"));
  }

  @Test
  void everyRoleAndEveryProblemStatusHasAText() {
    for (Role role : Role.values()) {
      assertThat(dutch).containsKey("role." + role.name());
    }
    for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 500}) {
      assertThat(dutch).containsKey("problem.title." + status);
    }
  }

  private static Set<String> keysIn(Path root, Pattern pattern, String suffix) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
