package nl.spreekkamer.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.errors.ConflictException;

/**
 * A gemeente's stock levels for the lines of one distribution. Copies go out only when every line
 * is covered for every practice: all or nothing.
 */
public final class Stock {
  private final List<StockLevel> levels;

  public Stock(List<StockLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  /** What is short when these lines go to this many practices; empty when all is covered. */
  public List<Shortage> shortages(List<ItemQuantity> lines, int practices) {
    List<Shortage> shortages = new ArrayList<>();
    for (ItemQuantity line : lines) {
      int needed = line.times(practices);
      int available = level(line).map(StockLevel::quantity).orElse(0);
      if (available < needed) {
        shortages.add(new Shortage(line.itemId(), line.variant().code(), needed, available));
      }
    }
    return shortages;
  }

  /** Takes the copies out of stock, or refuses (409) naming every line that is short. */
  public void take(List<ItemQuantity> lines, int practices) {
    List<Shortage> shortages = shortages(lines, practices);
    if (!shortages.isEmpty()) {
      throw new ConflictException(
          "stock",
          "conflict.stock.short",
          shortages.stream().map(Shortage::describe).collect(Collectors.joining("; ")));
    }
    lines.forEach(line -> level(line).orElseThrow().take(line.times(practices)));
  }

  /** Puts the copies of a cancelled shipment back; a level that no longer exists is skipped. */
  public void putBack(List<ItemQuantity> lines) {
    lines.forEach(line -> level(line).ifPresent(level -> level.putBack(line.quantity())));
  }

  private java.util.Optional<StockLevel> level(ItemQuantity line) {
    return levels.stream()
        .filter(l -> l.itemId().equals(line.itemId()) && l.variant().equals(line.variant()))
        .findFirst();
  }

  /** Not enough copies of one variant. */
  public record Shortage(String itemId, String variant, int needed, int available) {
    String describe() {
      return itemId + " (" + variant + "): nodig " + needed + ", op voorraad " + available;
    }
  }
}
