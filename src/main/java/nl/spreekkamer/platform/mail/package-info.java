/**
 * The outbox every e-mail goes through (decision 0028): {@link nl.spreekkamer.platform.mail.Outbox}
 * stores a mail written from its template in the caller's transaction; the {@link
 * nl.spreekkamer.platform.mail.MailJob} sends it, on every server, each mail once, with retries.
 */
package nl.spreekkamer.platform.mail;
