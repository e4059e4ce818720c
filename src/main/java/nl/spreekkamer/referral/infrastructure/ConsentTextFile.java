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
import nl.spreekkamer.referral.domain.SelfReferralConsent;

/**
 * Reads {@code content/verwijskaart/toestemming.yaml} (printed on the card) and {@code
 * zelfmelding.yaml} (read out for a self-referral) when the application starts; a file with an
 * error stops the start with the file and line named.
 */
@ApplicationScoped
public class ConsentTextFile {
  static final String FILE = "content/verwijskaart/toestemming.yaml";
  static final String SELF_REFERRAL_FILE = "content/verwijskaart/zelfmelding.yaml";

  private ConsentText consent;
  private SelfReferralConsent selfReferral;

  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    current();
    selfReferral();
  }

  @Produces
  public SelfReferralConsent selfReferral() {
    if (selfReferral == null) {
      selfReferral =
          new SelfReferralConsent(read(SELF_REFERRAL_FILE, CardLanguage.NL, CardLanguage.EN));
    }
    return selfReferral;
  }

  @Produces
  public ConsentText current() {
    if (consent == null) {
      consent = read();
    }
    return consent;
  }

  static ConsentText read() {
    return read(FILE, CardLanguage.values());
  }

  private static ConsentText read(String file, CardLanguage... languages) {
    try (InputStream in = ConsentTextFile.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new ContentException(file, 0, "het bestand ontbreekt");
      }
      YamlContent.Item top =
          YamlContent.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8)).top();
      Map<CardLanguage, String> texts = new EnumMap<>(CardLanguage.class);
      for (CardLanguage language : languages) {
        texts.put(language, top.text(language.code(), 600));
      }
      return new ConsentText(top.text("version", 20), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
