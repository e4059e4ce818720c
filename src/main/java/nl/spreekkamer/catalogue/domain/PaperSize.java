package nl.spreekkamer.catalogue.domain;

/** ISO paper sizes, portrait, in millimetres. */
public enum PaperSize {
  A3(297, 420),
  A4(210, 297),
  A5(148, 210);

  private final int width;
  private final int height;

  PaperSize(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** The CSS {@code @page} size. */
  public String css() {
    return width + "mm " + height + "mm";
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }
}
