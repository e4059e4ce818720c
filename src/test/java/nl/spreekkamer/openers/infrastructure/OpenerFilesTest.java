package nl.spreekkamer.openers.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;
import nl.spreekkamer.openers.domain.SignalCard;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;
import org.junit.jupiter.api.Test;

/** The openers content as the redactie writes it: the real files load, mistakes are named. */
class OpenerFilesTest {
  private static final Path FOLDER = Path.of("content/openers");

  private static OpenerFiles loadRealContent() throws IOException {
    OpenerFiles files = new OpenerFiles();
    try (Stream<Path> paths = Files.list(FOLDER)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        files.add(
            YamlContent.parse(
                "content/openers/" + path.getFileName(), Files.newBufferedReader(path)));
      }
    }
    return files;
  }

  @Test
  void theShippedContentLoadsAndCoversEverySignalSettingAndPhase() throws IOException {
    OpenerFiles files = loadRealContent();
    List<Opener> openers = files.openers();
    assertThat(openers).hasSizeGreaterThanOrEqualTo(40);
    for (Signal signal : EnumSet.complementOf(EnumSet.of(Signal.ALGEMEEN))) {
      assertThat(openers.stream().filter(o -> o.signals().contains(signal)).count())
          .as("openers for %s", signal)
          .isGreaterThanOrEqualTo(3);
    }
    for (Setting setting : Setting.values()) {
      assertThat(openers.stream().filter(o -> o.settings().contains(setting)).count())
          .isGreaterThanOrEqualTo(6);
    }
    for (Phase phase : Phase.values()) {
      assertThat(openers.stream().filter(o -> o.phase() == phase).count())
          .isGreaterThanOrEqualTo(5);
    }
    assertThat(files.signalCards())
        .extracting(SignalCard::signal)
        .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Signal.ALGEMEEN)));
  }

  @Test
  void aDuplicateIdNamesBothPlaces() {
    OpenerFiles files = new OpenerFiles();
    files.add(parse("a.yaml", opener("slaap-vraag", "SLECHT_SLAPEN")));
    assertThatThrownBy(
            () -> files.add(parse("b.yaml", "\n\n" + opener("slaap-vraag", "SLECHT_SLAPEN"))))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("b.yaml, regel 4")
        .hasMessageContaining("a.yaml, regel 2");
  }

  @Test
  void anUnknownSignalNamesTheFileLineAndTheChoices() {
    assertThatThrownBy(() -> new OpenerFiles().add(parse("x.yaml", opener("een-vraag", "SLAAP"))))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("x.yaml, regel 7")
        .hasMessageContaining("'SLAAP' is onbekend")
        .hasMessageContaining("SLECHT_SLAPEN");
  }

  @Test
  void missingFieldsAndBrokenYamlAreNamed() {
    assertThatThrownBy(
            () -> new OpenerFiles().add(parse("y.yaml", "openers:\n  - id: \"zonder-tekst\"\n")))
        .hasMessageContaining("y.yaml, regel 2")
        .hasMessageContaining("text ontbreekt");
    assertThatThrownBy(() -> parse("z.yaml", "openers:\n  - id: [\n"))
        .hasMessageContaining("z.yaml")
        .hasMessageContaining("geen geldige YAML");
    assertThatThrownBy(
            () -> new OpenerFiles().add(parse("w.yaml", opener("Hoofdletters", "HOOFDPIJN"))))
        .hasMessageContaining("kleine letters");
  }

  private static YamlContent parse(String name, String yaml) {
    return YamlContent.parse(name, new StringReader(yaml));
  }

  private static String opener(String id, String signal) {
    return """
        openers:
          - id: "%s"
            text: "Hoe gaat het thuis?"
            followUp: "En met geld?"
            why: "Een open vraag."
            signals:
              - "%s"
            settings: ["BALIE"]
            phase: "OPENEN"
        """
        .formatted(id, signal);
  }
}
