package nl.spreekkamer.platform.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes mails from the Mustache templates in {@code mail/}: {@code <kind>.<lang>.mustache}, Dutch
 * ({@code nl}) and English ({@code en}) for every kind. The first line of a template is the
 * subject, then an empty line, then the plain-text body. Values are written as they are (plain
 * text, no HTML); line breaks and control characters are taken out of the subject so a value cannot
 * add a mail header.
 */
@ApplicationScoped
public class MailTemplates {
  /** The languages every mail template exists in; any other falls back to Dutch. */
  public static final String DUTCH = "nl";

  public static final String ENGLISH = "en";

  private final DefaultMustacheFactory factory =
      new DefaultMustacheFactory("mail") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  /** The language a mail is written in for someone who reads {@code locale}. */
  public static String language(Locale locale) {
    return locale != null && ENGLISH.equals(locale.getLanguage()) ? ENGLISH : DUTCH;
  }

  public RenderedMail render(String kind, Locale locale, Map<String, ?> scope) {
    String language = language(locale);
    Mustache template;
    try {
      template = factory.compile(kind + "." + language + ".mustache");
    } catch (MustacheNotFoundException e) {
      throw new IllegalArgumentException("No mail template " + kind + " in " + language, e);
    }
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    String text = out.toString().replace("\r\n", "\n");
    int end = text.indexOf("\n\n");
    if (end < 0) {
      throw new IllegalStateException("Mail template " + kind + " has no subject line");
    }
    String subject = text.substring(0, end).replaceAll("[\\p{Cntrl}]+", " ").strip();
    if (subject.length() > OutboxMail.MAX_SUBJECT) {
      subject = subject.substring(0, OutboxMail.MAX_SUBJECT - 1) + "…";
    }
    String body = text.substring(end + 2).strip() + "\n";
    if (body.length() > OutboxMail.MAX_BODY) {
      throw new IllegalArgumentException(
          "Mail " + kind + " is longer than " + OutboxMail.MAX_BODY + " characters");
    }
    return new RenderedMail(kind, language, subject, body);
  }
}
