package nl.spreekkamer.organisation.application;

/** A reference to another organisation by id and name, as shown in lists. */
public record Ref(long id, String name) {}
