package nl.spreekkamer.catalogue.application;

import java.io.Serializable;

/** A line of a kit or shipment: which item, which variant, how many copies. */
public record KitLineView(String itemId, String title, String variant, int quantity)
    implements Serializable {}
