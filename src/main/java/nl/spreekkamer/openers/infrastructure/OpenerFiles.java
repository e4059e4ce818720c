package nl.spreekkamer.openers.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;
import nl.spreekkamer.openers.domain.SignalCard;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;

/**
 * Turns the YAML files of {@code content/openers} into openers and the signalenkaart, checking
 * every field and that ids are unique over all files. Errors name the file and line.
 */
public final class OpenerFiles {
  public static final String SIGNAL_CARD_FILE = "signalenkaart.yaml";
  private static final int MAX_TEXT = 300;
  private static final int MAX_WHY = 400;

  private final List<Opener> openers = new ArrayList<>();
  private final List<SignalCard> signalCards = new ArrayList<>();
  private final Map<String, String> idToPlace = new HashMap<>();

  /** Adds one file: the signalenkaart or a file of openers. */
  public OpenerFiles add(YamlContent file) {
    if (file.file().endsWith(SIGNAL_CARD_FILE)) {
      file.list("signals").forEach(item -> signalCards.add(signalCard(item)));
    } else {
      file.list("openers").forEach(item -> openers.add(opener(file.file(), item)));
    }
    return this;
  }

  public List<Opener> openers() {
    return List.copyOf(openers);
  }

  public List<SignalCard> signalCards() {
    return List.copyOf(signalCards);
  }

  private Opener opener(String file, YamlContent.Item item) {
    String id = item.text("id", 60);
    if (!id.matches(Opener.ID_PATTERN)) {
      throw item.error(
          "id",
          "'" + id + "' mag alleen kleine letters, cijfers en streepjes hebben (3-60 tekens)");
    }
    String place = file + ", regel " + item.line();
    String earlier = idToPlace.putIfAbsent(id, place);
    if (earlier != null) {
      throw item.error("id", "'" + id + "' bestaat al (" + earlier + ")");
    }
    return new Opener(
        id,
        item.text("text", MAX_TEXT),
        item.text("followUp", MAX_TEXT),
        item.text("why", MAX_WHY),
        item.choices("signals", Signal.class),
        item.choices("settings", Setting.class),
        item.choice("phase", Phase.class),
        item.optionalText("source", 200).orElse(null));
  }

  private static SignalCard signalCard(YamlContent.Item item) {
    return new SignalCard(
        item.choice("signal", Signal.class),
        item.text("label", 40),
        item.optionalText("desk", 200).orElse(""),
        item.text("consult", 200),
        item.optionalText("source", 200).orElse(null));
  }

  /** Refuses a catalogue without openers, so a packaging mistake is noticed at start-up. */
  public void requireContent(String folder) {
    if (openers.isEmpty()) {
      throw new ContentException(folder, 0, "geen gespreksopeners gevonden");
    }
  }
}
