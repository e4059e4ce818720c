package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.ConsentText;

/**
 * Reads {@code content/verwijskaart/toestemming.yaml} when the application starts; a file with an
 * error stops the start with the file and line named.
 */
@ApplicationScoped
public class ConsentTextFile {
  static final String FILE = "content/verwijskaart/toestemming.yaml";

  private ConsentText consent;

  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    current();
  }

  @Produces
  public ConsentText current() {
    if (consent == null) {
      consent = read();
    }
    return consent;
  }

  static ConsentText read() {
    try (InputStream in = ConsentTextFile.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new ContentException(FILE, 0, "het bestand ontbreekt");
      }
      YamlContent.Item top =
          YamlContent.parse(FILE, new InputStreamReader(in, StandardCharsets.UTF_8)).top();
      Map<CardLanguage, String> texts = new EnumMap<>(CardLanguage.class);
      for (CardLanguage language : CardLanguage.values()) {
        texts.put(language, top.text(language.code(), 600));
      }
      return new ConsentText(top.text("version", 20), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
