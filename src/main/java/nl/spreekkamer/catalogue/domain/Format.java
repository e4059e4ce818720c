package nl.spreekkamer.catalogue.domain;

import java.util.Locale;

/** The file formats a catalogue item can be downloaded in. */
public enum Format {
  PDF("application/pdf"),
  HTML("text/html");

  private final String mediaType;

  Format(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
