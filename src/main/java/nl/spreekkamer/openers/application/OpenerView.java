package nl.spreekkamer.openers.application;

import java.util.List;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;

/** An opener as shown to a user, with whether it is one of their favourites. */
public record OpenerView(
    String id,
    String text,
    String followUp,
    String why,
    List<Signal> signals,
    List<Setting> settings,
    Phase phase,
    String source,
    boolean favourite) {
  static OpenerView of(Opener o, boolean favourite) {
    return new OpenerView(
        o.id(),
        o.text(),
        o.followUp(),
        o.why(),
        o.signals(),
        o.settings(),
        o.phase(),
        o.source(),
        favourite);
  }
}
