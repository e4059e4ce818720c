package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a password someone chooses (NIST SP 800-63B, issue 16): at least {@link
 * #MIN_LENGTH} characters, not in a list of common and breached passwords, not built from the
 * username, the person's name or the platform's name, and not a few characters repeated. No rules
 * about kinds of characters: a long sentence is a good password.
 */
@ApplicationScoped
public class PasswordPolicy {
  public static final int MIN_LENGTH = PasswordHasher.MIN_LENGTH;
  public static final int MAX_LENGTH = 200;

  /** zxcvbn's 100,000 most common passwords, carried by nbvcxz (see pom.xml). */
  static final String COMMON_LIST = "/dictionaries/passwords.txt";

  static final String DUTCH_LIST = "/nl/spreekkamer/platform/security/common-passwords-nl.txt";

  /** Words shorter than this are not looked for inside a password (de, van, jan ...). */
  private static final int SHORTEST_PERSONAL_WORD = 4;

  /** Digits, spaces and signs at the end: "welkom2026!" is "welkom" with a year. */
  private static final Pattern TRAILING = Pattern.compile("[\\d\\p{Punct}\\s]+$");

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s.\\-_@]+");

  private volatile Set<String> common;

  /**
   * The message key of the first rule this password breaks, or empty when it may be used. {@code
   * personal} holds the username, the name and the e-mail address of the person choosing it.
   */
  public Optional<String> problem(String password, String... personal) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("validation.password.length");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("validation.password.tooLong");
    }
    if (password.strip().codePoints().distinct().count() < 4) {
      return Optional.of("validation.password.simple");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String base = TRAILING.matcher(lower).replaceAll("");
    Set<String> list = commonPasswords();
    if (list.contains(lower) || list.contains(lower.strip()) || list.contains(base)) {
      return Optional.of("validation.password.common");
    }
    if (lower.contains("spreekkamer")) {
      return Optional.of("validation.password.personal");
    }
    for (String text : personal) {
      if (text == null) {
        continue;
      }
      String whole = text.toLowerCase(Locale.ROOT);
      String local = whole.contains("@") ? whole.substring(0, whole.indexOf('@')) : whole;
      if (local.length() >= SHORTEST_PERSONAL_WORD && lower.contains(local)) {
        return Optional.of("validation.password.personal");
      }
      for (String word : WORD_SEPARATORS.split(local)) {
        if (word.length() >= SHORTEST_PERSONAL_WORD && lower.contains(word)) {
          return Optional.of("validation.password.personal");
        }
      }
    }
    return Optional.empty();
  }

  /** The number of passwords in the list, for the test that it is the full list. */
  int listSize() {
    return commonPasswords().size();
  }

  private Set<String> commonPasswords() {
    Set<String> loaded = common;
    if (loaded == null) {
      synchronized (this) {
        if (common == null) {
          Set<String> words = new HashSet<>(131_072);
          read(COMMON_LIST, words);
          read(DUTCH_LIST, words);
          common = Set.copyOf(words);
        }
        loaded = common;
      }
    }
    return loaded;
  }

  private static void read(String resource, Set<String> into) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Password list missing: " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          into.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
