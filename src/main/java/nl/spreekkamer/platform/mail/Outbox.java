package nl.spreekkamer.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where every feature posts its e-mail. The mail is written from its template and stored in the
 * caller's transaction: it goes out if and only if the change it tells of is committed, and it is
 * not lost when the mail server is down, because the {@link MailJob} keeps trying (decision 0028).
 * No mail may carry a patient's name or other patient data; templates name reference codes only.
 */
@ApplicationScoped
@Transactional
public class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext EntityManager em;
  @Inject MailTemplates templates;
  @Inject Clock clock;

  /**
   * Posts the mail {@code kind} to {@code recipient} in the language of {@code locale}. A missing
   * address posts nothing.
   */
  public void post(String kind, String recipient, Locale locale, Map<String, ?> scope) {
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    postUntil(kind, recipient, locale, scope, null);
  }

  /**
   * Posts a mail that is useless after {@code expiresAt}, such as a password-reset link: if the
   * mail server has not taken it by then, it is not sent at all and its body is erased.
   */
  public void postUntil(
      String kind, String recipient, Locale locale, Map<String, ?> scope, Instant expiresAt) {
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    em.persist(
        new OutboxMail(templates.render(kind, locale, scope), recipient, null, expiresAt, now()));
  }

  /**
   * Posts a mail that must go only once, such as a reminder: nothing happens when a mail with the
   * same {@code key} was posted before (whatever became of it).
   *
   * @return whether the mail was posted now
   */
  public boolean postOnce(
      String key, String kind, String recipient, Locale locale, Map<String, ?> scope) {
    if (recipient == null || recipient.isBlank()) {
      return false;
    }
    long seen =
        em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupKey = :key", Long.class)
            .setParameter("key", key)
            .getSingleResult();
    if (seen > 0) {
      LOG.fine(() -> "Mail " + key + " was posted before");
      return false;
    }
    em.persist(new OutboxMail(templates.render(kind, locale, scope), recipient, key, null, now()));
    return true;
  }

  private Instant now() {
    return clock.instant();
  }
}
