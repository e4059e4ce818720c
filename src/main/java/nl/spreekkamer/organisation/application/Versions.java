package nl.spreekkamer.organisation.application;

import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** Optimistic locking at the edge: an update names the version it was based on. */
final class Versions {
  private Versions() {}

  static void require(Long given, long current) {
    if (given == null) {
      throw new InvalidInputException("version", "validation.version");
    }
    if (given != current) {
      throw new ConflictException("version", "error.conflict.stale");
    }
  }
}
