package nl.spreekkamer.platform.content;

/**
 * A content file (in {@code content/}) that cannot be used: the message names the file and line so
 * that an editor can fix it without reading Java.
 */
public class ContentException extends RuntimeException {
  public ContentException(String file, int line, String problem) {
    super(file + (line > 0 ? ", regel " + line : "") + ": " + problem);
  }
}
