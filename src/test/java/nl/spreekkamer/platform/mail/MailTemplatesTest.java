package nl.spreekkamer.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every mail exists in Dutch and English, has a subject line, and cannot grow a mail header. */
class MailTemplatesTest {
  private final MailTemplates templates = new MailTemplates();

  @Test
  void everyKindHasADutchAndAnEnglishTemplateWithASubject() throws Exception {
    List<String> kinds = kinds();
    assertThat(kinds).contains("referral-step", "password-reset");
    for (String kind : kinds) {
      for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
        RenderedMail mail = templates.render(kind, locale, Map.of());
        assertThat(mail.subject()).as(kind + " " + locale).isNotBlank().doesNotContain("\n");
        assertThat(mail.body()).as(kind + " " + locale).isNotBlank().endsWith("Spreekkamer\n");
        assertThat(mail.language()).isEqualTo(locale.getLanguage());
      }
    }
  }

  @Test
  void valuesArePlainTextAndCannotBreakTheSubjectLine() {
    Map<String, Object> scope = new HashMap<>();
    scope.put("reference", "SK-AB12\r\nBcc: iemand@example.org");
    scope.put("status", "Afgesloten & <klaar>");
    scope.put("feedback", false);
    scope.put("link", "https://spreekkamer.example/verwijzingen/index.xhtml");
    RenderedMail mail = templates.render("referral-step", Locale.forLanguageTag("nl"), scope);
    assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    assertThat(mail.subject()).startsWith("Verwijzing SK-AB12 Bcc:");
    assertThat(mail.body()).contains("Status: Afgesloten & <klaar>").doesNotContain("&amp;");
    assertThat(mail.body()).doesNotContain("Uitkomst").doesNotContain("terugkoppeling");
  }

  @Test
  void aSectionIsShownOnlyWhenItsValueIsThere() {
    Map<String, Object> scope = new HashMap<>();
    scope.put("reference", "SK-AB12");
    scope.put("status", "Afgesloten");
    scope.put("outcome", "Hulptraject gestart");
    scope.put("feedback", true);
    scope.put("link", "https://x.example");
    String body = templates.render("referral-step", Locale.ENGLISH, scope).body();
    assertThat(body).contains("Outcome: Hulptraject gestart\n").contains("written feedback");
    assertThat(body).doesNotContain("\n\n\n");
  }

  @Test
  void anotherLanguageFallsBackToDutchAndAnUnknownKindIsRefused() {
    assertThat(templates.render("password-reset", Locale.forLanguageTag("tr"), Map.of()).language())
        .isEqualTo("nl");
    assertThatThrownBy(() -> templates.render("bestaat-niet", Locale.ENGLISH, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> kinds() throws IOException, URISyntaxException {
    Path dir = Path.of(MailTemplates.class.getResource("/mail").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".nl.mustache"))
          .map(n -> n.substring(0, n.length() - ".nl.mustache".length()))
          .sorted()
          .toList();
    }
  }
}
