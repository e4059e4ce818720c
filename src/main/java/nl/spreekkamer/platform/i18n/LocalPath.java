package nl.spreekkamer.platform.i18n;

/** Checks that a return path stays inside the application, so redirects cannot be abused. */
public final class LocalPath {
  public static final String HOME = "/index.xhtml";

  private LocalPath() {}

  public static String orHome(String path) {
    if (path == null
        || path.length() > 500
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20)) {
      return HOME;
    }
    return path;
  }
}
