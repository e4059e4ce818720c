package nl.spreekkamer.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Counts of patients' referrals split by something (month, practice, outcome), safe to show: counts
 * from 1 to 4 are suppressed; when only one cell is suppressed, the next smallest shown cell is
 * suppressed too, so the hidden one cannot be worked out from the total. Zero is shown: it points
 * at nobody.
 */
public final class Breakdown {
  /** Counts below this (and above zero) are not shown. */
  public static final int MIN_CELL = 5;

  private Breakdown() {}

  /** The cells in the order of the map: key to label and count. */
  public static List<Cell> of(Map<String, Labelled> counts) {
    List<Cell> cells = new ArrayList<>();
    int hidden = 0;
    for (Map.Entry<String, Labelled> entry : counts.entrySet()) {
      long count = entry.getValue().count();
      if (count > 0 && count < MIN_CELL) {
        cells.add(Cell.hidden(entry.getKey(), entry.getValue().label()));
        hidden++;
      } else {
        cells.add(Cell.shown(entry.getKey(), entry.getValue().label(), count));
      }
    }
    if (hidden == 1) {
      cells.stream()
          .filter(c -> !c.suppressed() && c.count() > 0)
          .min(Comparator.comparingLong(Cell::count))
          .ifPresent(
              smallest ->
                  cells.set(
                      cells.indexOf(smallest), Cell.hidden(smallest.key(), smallest.label())));
    }
    return cells;
  }

  /** A count with the label it is shown under. */
  public record Labelled(String label, long count) {}
}
