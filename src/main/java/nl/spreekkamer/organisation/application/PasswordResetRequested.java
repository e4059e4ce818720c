package nl.spreekkamer.organisation.application;

import java.util.Locale;

/**
 * A password-reset link is to be mailed, once the transaction that made its token has committed.
 * The link holds the only copy of the token; the database keeps its hash.
 */
public record PasswordResetRequested(
    String email, String username, String link, long validMinutes, Locale locale) {}
