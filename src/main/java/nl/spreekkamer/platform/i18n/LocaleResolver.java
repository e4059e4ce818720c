package nl.spreekkamer.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Decides the language of a request: the {@code lang} cookie set by the language switch, else the
 * browser's Accept-Language when it prefers a supported language, else Dutch.
 */
public final class LocaleResolver {
  public static final String COOKIE = "lang";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

  private LocaleResolver() {}

  public static Locale resolve(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return supported(cookie.getValue()).orElse(DUTCH);
        }
      }
    }
    String header = request.getHeader("Accept-Language");
    if (header != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
          var match = supported(range.getRange());
          if (match.isPresent()) {
            return match.get();
          }
        }
      } catch (IllegalArgumentException e) {
        return DUTCH;
      }
    }
    return DUTCH;
  }

  /** The supported locale for a language tag such as {@code en} or {@code nl-NL}. */
  public static java.util.Optional<Locale> supported(String tag) {
    if (tag == null) {
      return java.util.Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
