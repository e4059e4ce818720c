package nl.spreekkamer.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Decides the language of a request. Pages: the {@code lang} cookie set by the language switch,
 * else Dutch (many Dutch practices run English browsers; Dutch is the default). API: the cookie,
 * else an explicit Accept-Language for a supported language, else Dutch.
 */
public final class LocaleResolver {
  public static final String COOKIE = "lang";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

  private LocaleResolver() {}

  /** The language of a page: the switch's cookie, or Dutch. */
  public static Locale forPage(HttpServletRequest request) {
    return fromCookie(request).orElse(DUTCH);
  }

  /** The language of an API answer: the cookie, else Accept-Language, else Dutch. */
  public static Locale resolve(HttpServletRequest request) {
    var cookie = fromCookie(request);
    if (cookie.isPresent()) {
      return cookie.get();
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(DUTCH);
  }

  private static java.util.Optional<Locale> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return supported(cookie.getValue());
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Locale> fromAcceptLanguage(String header) {
    if (header == null) {
      return java.util.Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        var match = supported(range.getRange());
        if (match.isPresent()) {
          return match;
        }
      }
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
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
