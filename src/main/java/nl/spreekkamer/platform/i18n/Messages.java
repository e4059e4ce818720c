package nl.spreekkamer.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text in the {@code messages} bundle (Dutch base, English variant). Texts
 * fetched here always go through {@link MessageFormat}, so a single quote is written {@code ''}.
 */
public final class Messages {
  public static final String BUNDLE = "nl.spreekkamer.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** Whether the bundle has a text for {@code key}. */
  public static boolean has(Locale locale, String key) {
    return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).containsKey(key);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] plain = arguments == null ? new Object[0] : arguments.clone();
    for (int i = 0; i < plain.length; i++) {
      if (plain[i] instanceof Number number) {
        plain[i] = number.toString(); // ids and limits: no digit grouping
      }
    }
    return new MessageFormat(pattern, locale).format(plain);
  }
}
