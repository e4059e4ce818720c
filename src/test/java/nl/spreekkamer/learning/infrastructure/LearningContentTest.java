package nl.spreekkamer.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void everyLessonIsReachableAndEveryLinkInsideAModuleLeadsToALesson() throws IOException {
    Pattern lessonLink = Pattern.compile("href=\"#([a-z0-9-]+)\"");
    for (Module module : modules()) {
      Set<String> ids =
          module.lessons().stream().map(l -> l.id()).collect(java.util.stream.Collectors.toSet());
      assertThat(ids).as("unique lesson ids").hasSize(module.lessons().size());
      for (var lesson : module.lessons()) {
        Matcher m = lessonLink.matcher(lesson.html());
        while (m.find()) {
          assertThat(ids).as("link in " + lesson.id()).contains(m.group(1));
        }
        assertThat(module.lesson(lesson.id())).isPresent();
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
