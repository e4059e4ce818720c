package nl.spreekkamer.openers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.OpenerCatalogue;
import nl.spreekkamer.openers.domain.SignalCard;

/**
 * The {@link OpenerCatalogue} in memory, filled once at start-up by {@link OpenerContentLoader}.
 */
@ApplicationScoped
public class ContentOpenerCatalogue implements OpenerCatalogue {
  private volatile List<Opener> openers = List.of();
  private volatile List<SignalCard> signalCards = List.of();

  void replace(OpenerFiles files) {
    this.openers = files.openers();
    this.signalCards = files.signalCards();
  }

  @Override
  public List<Opener> all() {
    return openers;
  }

  @Override
  public List<SignalCard> signalCards() {
    return signalCards;
  }
}
