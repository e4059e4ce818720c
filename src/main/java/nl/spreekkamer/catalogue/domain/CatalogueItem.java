package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Locale;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * One piece of campaign material in the catalogue, e.g. a poster design. Made by the project in
 * {@code content/catalogue/}; every item is personalised with the gemeente's meldpunt on download.
 */
public record CatalogueItem(
    String id,
    ItemType type,
    String source,
    String titleNl,
    String titleEn,
    String descriptionNl,
    String descriptionEn,
    List<String> languages) {

  public CatalogueItem {
    languages = List.copyOf(languages);
    if (languages.isEmpty() || !languages.get(0).equals("nl")) {
      throw new IllegalArgumentException("An item is in Dutch first: " + id);
    }
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
  }

  public String description(Locale locale) {
    return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
  }

  public List<Format> formats() {
    return type.formats();
  }

  public List<PaperSize> sizes() {
    return type.sizes();
  }

  /** All variants that can be printed and shipped (none for digital items). */
  public List<Variant> physicalVariants() {
    if (!type.physical()) {
      return List.of();
    }
    if (!type.sizedVariants()) {
      return languages.stream().map(l -> new Variant(l, null)).toList();
    }
    return languages.stream()
        .flatMap(l -> type.sizes().stream().map(s -> new Variant(l, s)))
        .toList();
  }

  /**
   * The variant for a language (Dutch when blank) and a paper size (the largest when blank),
   * refused when the item does not come in it.
   */
  public Variant variant(String language, String size) {
    String lang = language == null || language.isBlank() ? "nl" : language.strip();
    if (!languages.contains(lang)) {
      throw new InvalidInputException(
          "lang", "validation.catalogue.language", String.join(", ", languages));
    }
    PaperSize paper = size(size);
    return new Variant(lang, type.sizedVariants() ? paper : null);
  }

  /** The paper size asked for, or the first one the item comes in. */
  public PaperSize size(String size) {
    if (type.sizes().isEmpty()) {
      return null;
    }
    if (size == null || size.isBlank()) {
      return type.sizes().get(0);
    }
    return type.sizes().stream()
        .filter(s -> s.name().equalsIgnoreCase(size.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "size",
                    "validation.catalogue.size",
                    String.join(", ", type.sizes().stream().map(Enum::name).toList())));
  }

  /** The format asked for (the first one when blank), refused when the item is not made in it. */
  public Format format(String format) {
    if (format == null || format.isBlank()) {
      return type.formats().get(0);
    }
    return type.formats().stream()
        .filter(f -> f.code().equalsIgnoreCase(format.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "format",
                    "validation.catalogue.format",
                    String.join(", ", type.formats().stream().map(Format::code).toList())));
  }

  /** The physical variant a kit line or stock level names, e.g. {@code nl-A3}. */
  public Variant physicalVariant(String code) {
    if (!type.physical()) {
      throw new InvalidInputException("itemId", "validation.catalogue.digital", id);
    }
    return physicalVariants().stream()
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "variant",
                    "validation.catalogue.variant",
                    id,
                    String.join(", ", physicalVariants().stream().map(Variant::code).toList())));
  }
}
