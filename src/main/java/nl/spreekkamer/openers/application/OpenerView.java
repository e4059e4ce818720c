package nl.spreekkamer.openers.application;

import java.util.List;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;

/**
 * An opener as shown to a user, with whether it is one of their favourites. {@code setting} is the
 * setting that was filtered on, or the opener's first one; {@code settings} lists them all.
 */
public record OpenerView(
    String id,
    String text,
    String followUp,
    String why,
    List<Signal> signals,
    Setting setting,
    List<Setting> settings,
    Phase phase,
    String source,
    boolean favourite) {
  static OpenerView of(Opener o, boolean favourite) {
    return of(o, favourite, null);
  }

  static OpenerView of(Opener o, boolean favourite, Setting filtered) {
    Setting shown =
        filtered != null && o.settings().contains(filtered) ? filtered : o.settings().get(0);
    return new OpenerView(
        o.id(),
        o.text(),
        o.followUp(),
        o.why(),
        o.signals(),
        shown,
        o.settings(),
        o.phase(),
        o.source(),
        favourite);
  }
}
