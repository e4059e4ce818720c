package nl.spreekkamer.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a form login: the code of the authenticator app (or a recovery code) for the
 * user whose password was right a moment ago in this session.
 */
public record OneTimeCodeCredential(String code) implements Credential {}
