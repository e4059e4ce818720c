package nl.spreekkamer.platform.mail;

/** A mail written out from its template in one language: what goes into the outbox. */
public record RenderedMail(String kind, String language, String subject, String body) {}
