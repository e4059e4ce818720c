package nl.spreekkamer.organisation.application;

/** A created account with the one-time initial password to hand to its owner. */
public record NewAccount(AccountView account, String initialPassword) {}
