package nl.spreekkamer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.platform.i18n.LocalPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Return paths after login or a language switch never leave the application. */
class LocalPathTest {
  @ParameterizedTest
  @ValueSource(strings = {"/praktijk/team.xhtml", "/index.xhtml?x=1"})
  void keepsLocalPaths(String path) {
    assertThat(LocalPath.orHome(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "",
        "/a\r\nSet-Cookie: x"
      })
  void replacesEverythingElseWithHome(String path) {
    assertThat(LocalPath.orHome(path)).isEqualTo(LocalPath.HOME);
  }
}
