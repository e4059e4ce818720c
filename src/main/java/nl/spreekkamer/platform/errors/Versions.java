package nl.spreekkamer.platform.errors;

/** Optimistic locking at the edge: an update names the version it was based on. */
public final class Versions {
  private Versions() {}

  public static void require(Long given, long current) {
    if (given == null) {
      throw new InvalidInputException("version", "validation.version");
    }
    if (given != current) {
      throw new ConflictException("version", "error.conflict.stale");
    }
  }
}
