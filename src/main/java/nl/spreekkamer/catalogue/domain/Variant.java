package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * Which version of an item: the language and, for posters, the paper size. Stock is kept and kits
 * are composed per variant, e.g. Turkish A3 posters.
 */
@Embeddable
public class Variant implements Serializable {
  @Column(name = "LANGUAGE", length = 5, nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "PAPER_SIZE", length = 3)
  private PaperSize size;

  protected Variant() {}

  Variant(String language, PaperSize size) {
    this.language = Objects.requireNonNull(language);
    this.size = size;
  }

  Variant copy() {
    return new Variant(language, size);
  }

  public String language() {
    return language;
  }

  /** The paper size, or {@code null} when the item comes in one size. */
  public PaperSize size() {
    return size;
  }

  /** A short code such as {@code nl-A3} or {@code tr}. */
  public String code() {
    return size == null ? language : language + "-" + size.name();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Variant v && language.equals(v.language) && size == v.size;
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, size);
  }

  @Override
  public String toString() {
    return code();
  }
}
