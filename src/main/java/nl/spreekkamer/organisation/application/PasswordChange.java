package nl.spreekkamer.organisation.application;

/** A user's own password change: the current password proves it is them. */
public record PasswordChange(String currentPassword, String newPassword) {}
