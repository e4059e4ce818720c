package nl.spreekkamer.learning.infrastructure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spreekkamer.learning.domain.CaseStudy;
import nl.spreekkamer.learning.domain.CaseStudy.CaseOption;
import nl.spreekkamer.learning.domain.Lesson;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.Option;
import nl.spreekkamer.learning.domain.Question;
import nl.spreekkamer.learning.domain.QuestionType;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;
import nl.spreekkamer.platform.security.Role;

/**
 * Reads one module folder ({@code module.yaml}, lessons, cases, test) into a {@link Module},
 * checking everything an editor can get wrong. Errors name the file and line. The format is
 * described in {@code content/learning/README.md}.
 */
final class ModuleFiles {
  static final String MODULE_FILE = "module.yaml";
  private static final Set<Role> LEARNER_ROLES = Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT);
  private static final String ID_RULE = "mag alleen kleine letters, cijfers en streepjes hebben";
  private static final int MAX_TEXT = 400;
  private static final int MAX_STORY = 2000;
  private static final int MAX_FEEDBACK = 500;

  private final ModuleFolder folder;
  private final int defaultPassMark;
  private final String mediaUrl;
  private final Map<String, String> ids = new HashMap<>();

  private ModuleFiles(ModuleFolder folder, int defaultPassMark, String mediaUrlPrefix) {
    this.folder = folder;
    this.defaultPassMark = defaultPassMark;
    this.mediaUrl = mediaUrlPrefix;
  }

  /**
   * @param mediaUrlPrefix where media are served, e.g. {@code /api/modules/}; the module id and a
   *     slash are added
   */
  static Module read(ModuleFolder folder, int defaultPassMark, String mediaUrlPrefix) {
    return new ModuleFiles(folder, defaultPassMark, mediaUrlPrefix).module();
  }

  private Module module() {
    YamlContent yaml = yaml(MODULE_FILE);
    YamlContent.Item top = yaml.top();
    String id = id(top, "id");
    Set<Role> roles = Set.copyOf(top.choices("roles", Role.class));
    if (!LEARNER_ROLES.containsAll(roles)) {
      throw top.error("roles", "mag alleen HUISARTS, POH en ASSISTENT bevatten");
    }
    String version = top.text("version", 20);
    List<Lesson> lessons = new ArrayList<>();
    for (YamlContent.Item item : top.items("lessons", 1, 30)) {
      lessons.add(lesson(id, item));
    }
    List<Question> questions = test(id, top.text("test", 100));
    return new Module(
        id,
        version,
        top.text("title", 120),
        top.text("summary", 300),
        top.number("minutes", 5, 600),
        roles,
        top.number("validMonths", 1, 120),
        top.optionalNumber("passMark", 1, 100).orElse(defaultPassMark),
        lessons,
        questions);
  }

  private Lesson lesson(String moduleId, YamlContent.Item item) {
    String id = unique(item, "les");
    String file = item.text("file", 100);
    String markdown =
        folder
            .read(file)
            .orElseThrow(() -> item.error("file", "'" + file + "' bestaat niet in de map"));
    String html =
        LessonMarkdown.toHtml(
            path(file),
            0,
            markdown,
            folder.mediaNames()::contains,
            mediaUrl + moduleId + "/media/");
    List<CaseStudy> cases = new ArrayList<>();
    String casesFile = item.optionalText("cases", 100).orElse(null);
    if (casesFile != null) {
      YamlContent yaml = yaml(casesFile);
      for (YamlContent.Item c : yaml.top().items("cases", 1, 10)) {
        cases.add(caseStudy(moduleId, yaml, c));
      }
    }
    return new Lesson(id, item.text("title", 120), item.number("minutes", 1, 120), html, cases);
  }

  private CaseStudy caseStudy(String moduleId, YamlContent yaml, YamlContent.Item item) {
    String id = unique(item, "casus");
    List<CaseOption> options = new ArrayList<>();
    List<YamlContent.Item> items = item.items("options", 2, 6);
    for (int i = 0; i < items.size(); i++) {
      YamlContent.Item o = items.get(i);
      options.add(
          new CaseOption(
              key(i), o.text("text", MAX_TEXT), o.flag("best"), o.text("feedback", MAX_FEEDBACK)));
    }
    if (options.stream().filter(CaseOption::best).count() != 1) {
      throw item.error("options", "moet precies één optie met best: true hebben");
    }
    return new CaseStudy(
        id,
        item.text("title", 120),
        story(moduleId, yaml, item),
        item.text("question", MAX_TEXT),
        options);
  }

  private List<Question> test(String moduleId, String file) {
    YamlContent yaml = yaml(file);
    List<Question> questions = new ArrayList<>();
    for (YamlContent.Item item : yaml.top().items("questions", 1, 100)) {
      questions.add(question(moduleId, yaml, item));
    }
    return questions;
  }

  private Question question(String moduleId, YamlContent yaml, YamlContent.Item item) {
    String id = unique(item, "vraag");
    QuestionType type = item.choice("type", QuestionType.class);
    List<Option> options = new ArrayList<>();
    List<YamlContent.Item> items = item.items("options", 2, 6);
    for (int i = 0; i < items.size(); i++) {
      YamlContent.Item o = items.get(i);
      options.add(
          new Option(
              key(i),
              o.text("text", MAX_TEXT),
              o.flag("correct"),
              o.text("feedback", MAX_FEEDBACK)));
    }
    long correct = options.stream().filter(Option::correct).count();
    if (type == QuestionType.MULTIPLE && (correct < 2 || correct == options.size())) {
      throw item.error(
          "options", "een vraag van type multiple heeft minstens twee goede en één foute optie");
    }
    if (type != QuestionType.MULTIPLE && correct != 1) {
      throw item.error(
          "options",
          "een vraag van type "
              + type.name().toLowerCase(Locale.ROOT)
              + " heeft precies één goede optie");
    }
    String story = type == QuestionType.CASE ? story(moduleId, yaml, item) : null;
    if (type != QuestionType.CASE && item.optionalText("story", MAX_STORY).isPresent()) {
      throw item.error("story", "hoort alleen bij een vraag van type case");
    }
    return new Question(id, type, story, item.text("text", MAX_TEXT), options);
  }

  private String story(String moduleId, YamlContent yaml, YamlContent.Item item) {
    String markdown = item.text("story", MAX_STORY);
    return LessonMarkdown.toHtml(
        yaml.file(),
        item.valueLine("story"),
        markdown,
        folder.mediaNames()::contains,
        mediaUrl + moduleId + "/media/");
  }

  /** An id that is unique within the module, over lessons, cases and questions. */
  private String unique(YamlContent.Item item, String what) {
    String id = id(item, "id");
    String place = what + " op regel " + item.line();
    String earlier = ids.putIfAbsent(id, place);
    if (earlier != null) {
      throw item.error("id", "'" + id + "' is al gebruikt (" + earlier + ")");
    }
    return id;
  }

  private static String id(YamlContent.Item item, String key) {
    String id = item.text(key, 60);
    if (!id.matches(Module.ID_PATTERN)) {
      throw item.error(key, "'" + id + "' " + ID_RULE + " (3-60 tekens)");
    }
    return id;
  }

  private YamlContent yaml(String name) {
    String text =
        folder
            .read(name)
            .orElseThrow(() -> new ContentException(path(name), 0, "het bestand ontbreekt"));
    return YamlContent.parse(path(name), new StringReader(text));
  }

  private String path(String name) {
    return folder.path() + "/" + name;
  }

  private static String key(int index) {
    return String.valueOf((char) ('a' + index));
  }
}
