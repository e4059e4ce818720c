package nl.spreekkamer.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.Option;
import nl.spreekkamer.learning.domain.Question;
import nl.spreekkamer.learning.domain.QuestionType;
import nl.spreekkamer.platform.security.Role;
import org.junit.jupiter.api.Test;

/** Every module in content/learning loads and meets what the issue asks of its size and shape. */
class LearningContentTest {
  static List<Module> modules() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("content/learning"))) {
      return folders
          .filter(Files::isDirectory)
          .sorted()
          .map(f -> ModuleFiles.read(FileModuleFolder.of(f), 70, "/api/modules/"))
          .toList();
    }
  }

  @Test
  void everyModuleLoadsWithLessonsAndATest() throws IOException {
    List<Module> modules = modules();
    assertThat(modules)
        .extracting(Module::id)
        .contains("geldzorgen-spreekkamer", "geldzorgen-balie");
    for (Module module : modules) {
      assertThat(module.lessons()).as(module.id()).isNotEmpty();
      assertThat(module.questions()).as(module.id()).isNotEmpty();
      module.lessons().forEach(l -> assertThat(l.html()).as(l.id()).contains("<p>"));
    }
  }

  @Test
  void everyQuestionHasTheRightNumberOfCorrectOptions() throws IOException {
    for (Module module : modules()) {
      for (Question q : module.questions()) {
        long correct = q.options().stream().filter(Option::correct).count();
        if (q.type() == QuestionType.MULTIPLE) {
          assertThat(correct).as(q.id()).isBetween(2L, q.options().size() - 1L);
        } else {
          assertThat(correct).as(q.id()).isEqualTo(1);
        }
        assertThat(q.options()).allSatisfy(o -> assertThat(o.feedback()).isNotBlank());
        assertThat(q.type() == QuestionType.CASE).isEqualTo(q.storyHtml() != null);
      }
    }
  }

  @Test
  void moduleOneForDoctorsAndNursesModuleTwoForAssistants() throws IOException {
    Module one = find("geldzorgen-spreekkamer");
    assertThat(one.roles()).containsExactlyInAnyOrder(Role.HUISARTS, Role.POH);
    assertThat(one.lessons()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(one.questions()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(one.questions()).extracting(Question::type).contains(QuestionType.values());
    assertThat(one.lessons().stream().mapToInt(l -> l.cases().size()).sum()).isGreaterThan(0);
    assertThat(one.minutes()).isBetween(50, 70);
    Module two = find("geldzorgen-balie");
    assertThat(two.roles()).containsExactly(Role.ASSISTENT);
    assertThat(two.questions()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(two.minutes()).isBetween(25, 40);
  }

  /**
   * A lesson or case file that no lesson in module.yaml names is never shown: an editor added it
   * and forgot the module file. Every file in a module folder must be used.
   */
  @Test
  void everyLessonAndCaseFileInAModuleFolderIsReachableFromItsModule() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("content/learning"))) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        String moduleYaml = Files.readString(folder.resolve(ModuleFiles.MODULE_FILE));
        try (Stream<Path> files = Files.list(folder)) {
          List<String> unused =
              files
                  .filter(Files::isRegularFile)
                  .map(f -> f.getFileName().toString())
                  .filter(name -> name.endsWith(".md") || name.endsWith(".yaml"))
                  .filter(name -> !name.equals(ModuleFiles.MODULE_FILE))
                  .filter(name -> !moduleYaml.contains(name))
                  .toList();
          assertThat(unused).as("files in " + folder + " that no lesson uses").isEmpty();
        }
      }
    }
  }

  @Test
  void factsNameTheirSource() throws IOException {
    Module one = find("geldzorgen-spreekkamer");
    assertThat(one.lesson("geld-en-gezondheid").orElseThrow().html())
        .contains("Hogeschool Utrecht, 2021");
  }

  private static Module find(String id) throws IOException {
    return modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }
}
