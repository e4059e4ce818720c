package nl.spreekkamer.organisation.application;

/** A code of the authenticator app, or a recovery code. */
public record TwoFactorCode(String code) {}
