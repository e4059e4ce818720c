package nl.spreekkamer.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.platform.content.ContentException;
import org.junit.jupiter.api.Test;

/** Mistakes an editor can make give a message naming the file and the line. */
class ModuleFilesTest {
  static final String MODULE =
      """
      id: proef
      version: "1"
      title: "Proefmodule"
      summary: "Kort."
      minutes: 20
      roles: [POH]
      validMonths: 24
      lessons:
        - id: les-een
          title: "Les een"
          minutes: 5
          file: les.md
      test: toets.yaml
      """;
  static final String TEST =
      """
      questions:
        - id: vraag-een
          type: single
          text: "Welke?"
          options:
            - text: "Deze"
              correct: true
              feedback: "Ja."
            - text: "Die"
              feedback: "Nee."
      """;

  private Map<String, String> files() {
    Map<String, String> files = new HashMap<>();
    files.put("module.yaml", MODULE);
    files.put("les.md", "## Kop\n\nTekst met <script>alert(1)</script>.\n");
    files.put("toets.yaml", TEST);
    return files;
  }

  private static Module read(Map<String, String> files) {
    return ModuleFiles.read(
        new FileModuleFolder("content/learning/proef", files, Set.of()), 70, "/m/");
  }

  @Test
  void aGoodModuleLoadsWithHtmlEscapedAndHeadingsMovedDown() {
    Module module = read(files());
    assertThat(module.passMark()).isEqualTo(70);
    String html = module.lessons().get(0).html();
    assertThat(html).contains("<h3>Kop</h3>").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void aSingleChoiceQuestionWithTwoCorrectOptionsNamesFileAndLine() {
    Map<String, String> files = files();
    files.put(
        "toets.yaml",
        TEST.replace("feedback: \"Nee.\"", "feedback: \"Nee.\"\n        correct: true"));
    assertThatThrownBy(() -> read(files))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("content/learning/proef/toets.yaml, regel 2")
        .hasMessageContaining("precies één goede optie");
  }

  @Test
  void aMissingLessonFileIsNamed() {
    Map<String, String> files = files();
    files.remove("les.md");
    assertThatThrownBy(() -> read(files))
        .hasMessageContaining("module.yaml, regel 9")
        .hasMessageContaining("'les.md' bestaat niet");
  }

  @Test
  void aTopLevelHeadingInALessonIsRefusedWithItsLine() {
    Map<String, String> files = files();
    files.put("les.md", "Intro.\n\n# Te groot\n");
    assertThatThrownBy(() -> read(files)).hasMessageContaining("les.md, regel 3");
  }

  @Test
  void anImageMustExistInMediaAndHaveAnAltText() {
    Map<String, String> files = files();
    files.put("les.md", "Tekst.\n\n![](media/plaat.svg)\n");
    assertThatThrownBy(() -> read(files)).hasMessageContaining("niet in de map media/");
    assertThat(
            ModuleFiles.read(
                    new FileModuleFolder(
                        "p",
                        Map.of(
                            "module.yaml",
                            MODULE,
                            "toets.yaml",
                            TEST,
                            "les.md",
                            "![Plaat](media/plaat.svg)\n"),
                        Set.of("plaat.svg")),
                    70,
                    "/m/")
                .lessons()
                .get(0)
                .html())
        .contains("src=\"/m/proef/media/plaat.svg\"");
  }

  @Test
  void duplicateIdsAndUnknownRolesAreRefused() {
    Map<String, String> files = files();
    files.put("toets.yaml", TEST.replace("vraag-een", "les-een"));
    assertThatThrownBy(() -> read(files)).hasMessageContaining("'les-een' is al gebruikt");
    Map<String, String> roles = files();
    roles.put("module.yaml", MODULE.replace("[POH]", "[BEHEER]"));
    assertThatThrownBy(() -> read(roles)).hasMessageContaining("roles");
  }
}
