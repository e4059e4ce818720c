package nl.spreekkamer.catalogue.application;

/** A line as asked for: an item id, a variant code such as {@code nl-A3}, and a quantity. */
public record LineRequest(String itemId, String variant, Integer quantity) {}
