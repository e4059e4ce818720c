package nl.spreekkamer.catalogue.domain;

import java.util.List;

/** The kinds of campaign material, with the formats and paper sizes each comes in. */
public enum ItemType {
  POSTER(List.of(Format.PDF), List.of(PaperSize.A3, PaperSize.A4), true),
  ANIMATION(List.of(Format.HTML), List.of(), false),
  LEAFLET(List.of(Format.PDF), List.of(PaperSize.A5), true),
  PRAATPLAAT(List.of(Format.PDF), List.of(PaperSize.A4), true),
  CARD_STACK(List.of(Format.PDF), List.of(PaperSize.A4), true);

  private final List<Format> formats;
  private final List<PaperSize> sizes;
  private final boolean physical;

  ItemType(List<Format> formats, List<PaperSize> sizes, boolean physical) {
    this.formats = formats;
    this.sizes = sizes;
    this.physical = physical;
  }

  public List<Format> formats() {
    return formats;
  }

  public List<PaperSize> sizes() {
    return sizes;
  }

  /** Whether it is printed and shipped (and so kept in stock), not only downloaded or shown. */
  public boolean physical() {
    return physical;
  }

  /** Whether the size is part of a variant: only posters come in more than one size. */
  boolean sizedVariants() {
    return sizes.size() > 1;
  }
}
