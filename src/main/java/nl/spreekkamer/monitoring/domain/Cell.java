package nl.spreekkamer.monitoring.domain;

/**
 * One number of a breakdown, e.g. the referrals of one practice. A suppressed cell has no count: it
 * was too small to show without the risk of pointing at a person.
 */
public record Cell(String key, String label, Long count, boolean suppressed) {
  static Cell shown(String key, String label, long count) {
    return new Cell(key, label, count, false);
  }

  static Cell hidden(String key, String label) {
    return new Cell(key, label, null, true);
  }
}
