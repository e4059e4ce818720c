package nl.spreekkamer.catalogue.application;

import java.io.Serializable;

/**
 * How many copies of one variant the gemeente has; {@code low} when the gemeente keeps it (it was
 * counted or received) and has fewer copies than practices, so not one for each practice any more.
 */
public record StockView(String itemId, String title, String variant, int quantity, boolean low)
    implements Serializable {}
