package nl.spreekkamer.openers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.openers.application.OpenerFilter;
import nl.spreekkamer.openers.application.OpenerService;
import nl.spreekkamer.openers.application.OpenerView;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;
import nl.spreekkamer.openers.domain.SignalCard;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import org.primefaces.model.StreamedContent;

/** The openers library page: filters, results, favourites and the signalenkaart. */
@Named
@ViewScoped
public class OpenersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OpenerService openers;
  @Inject FacesSupport faces;

  private Signal signal;
  private Setting setting;
  private Phase phase;
  private String words;
  private boolean onlyFavourites;
  private List<OpenerView> results = List.of();

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    results = openers.search(new OpenerFilter(signal, setting, phase, words, onlyFavourites));
  }

  public void clear() {
    signal = null;
    setting = null;
    phase = null;
    words = null;
    onlyFavourites = false;
    search();
  }

  /** The pocket card of the user's favourites, or a message when there are none. */
  public StreamedContent getPocketCard() {
    try {
      return faces.download(
          openers.pocketCard(List.of(), faces.locale()),
          "zakkaart-gespreksopeners.pdf",
          "application/pdf");
    } catch (DomainException e) {
      faces.error(null, e);
      return null;
    }
  }

  public void toggleFavourite(OpenerView opener) {
    if (opener.favourite()) {
      openers.removeFavourite(opener.id());
      faces.info("openers.favourite.removed");
    } else {
      openers.addFavourite(opener.id());
      faces.info("openers.favourite.added");
    }
    search();
  }

  public List<SignalCard> getSignalCards() {
    return openers.signalCards();
  }

  public Signal[] getSignals() {
    return Signal.values();
  }

  public Setting[] getSettings() {
    return Setting.values();
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public List<OpenerView> getResults() {
    return results;
  }

  public Signal getSignal() {
    return signal;
  }

  public void setSignal(Signal signal) {
    this.signal = signal;
  }

  public Setting getSetting() {
    return setting;
  }

  public void setSetting(Setting setting) {
    this.setting = setting;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public boolean isOnlyFavourites() {
    return onlyFavourites;
  }

  public void setOnlyFavourites(boolean onlyFavourites) {
    this.onlyFavourites = onlyFavourites;
  }
}
