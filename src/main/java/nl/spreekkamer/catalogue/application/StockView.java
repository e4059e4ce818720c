package nl.spreekkamer.catalogue.application;

import java.io.Serializable;

/** How many copies of one variant the gemeente has. */
public record StockView(String itemId, String title, String variant, int quantity)
    implements Serializable {}
