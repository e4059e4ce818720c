package nl.spreekkamer.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.catalogue.application.RestockService;
import nl.spreekkamer.catalogue.application.RestockView;
import nl.spreekkamer.catalogue.application.StockService;
import nl.spreekkamer.catalogue.application.StockView;
import nl.spreekkamer.catalogue.domain.RestockStatus;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/** The coordinator's stock (counted numbers per variant) and the practices' re-stock requests. */
@Named
@ViewScoped
public class StockBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StockService stock;
  @Inject RestockService restocks;
  @Inject FacesSupport faces;

  private List<StockView> levels;
  private List<RestockView> requests;
  private boolean onlyOpen;
  private boolean onlyLow;
  private StockView counting;
  private Integer counted;
  private RestockView declining;
  private String reason;

  @PostConstruct
  void load() {
    levels = stock.levels();
    requests = restocks.ofMyGemeente();
  }

  public void startCount(StockView level) {
    counting = level;
    counted = level.quantity();
  }

  public void saveCount() {
    try {
      StockView saved = stock.count(counting.itemId(), counting.variant(), counted);
      faces.info("stock.saved", saved.title(), saved.variant(), saved.quantity());
      levels = stock.levels();
    } catch (DomainException e) {
      faces.error("countForm", e);
    }
  }

  public void approve(RestockView request) {
    try {
      restocks.approve(request.id());
      faces.info("stock.restock.approved", request.praktijk());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    load();
  }

  public void startDecline(RestockView request) {
    declining = request;
    reason = null;
  }

  public void decline() {
    try {
      restocks.decline(declining.id(), reason);
      faces.info("stock.restock.declined", declining.praktijk());
      load();
    } catch (DomainException e) {
      faces.error("declineForm", e);
    }
  }

  /** The stock to show: all variants, or ({@code ?voorraad=laag}) only those that run low. */
  public List<StockView> getLevels() {
    return onlyLow ? levels.stream().filter(StockView::low).toList() : levels;
  }

  public String getVoorraad() {
    return onlyLow ? "laag" : null;
  }

  public void setVoorraad(String which) {
    onlyLow = "laag".equals(which);
  }

  public boolean isOnlyLow() {
    return onlyLow;
  }

  public void showAllLevels() {
    onlyLow = false;
  }

  /** The requests to show: all, or ({@code ?aanvragen=open}) only those waiting for a decision. */
  public List<RestockView> getRequests() {
    return onlyOpen
        ? requests.stream().filter(r -> r.status() == RestockStatus.REQUESTED).toList()
        : requests;
  }

  public void showAllRequests() {
    onlyOpen = false;
  }

  public String getAanvragen() {
    return onlyOpen ? "open" : null;
  }

  public void setAanvragen(String which) {
    onlyOpen = "open".equals(which);
  }

  public boolean isOnlyOpen() {
    return onlyOpen;
  }

  public StockView getCounting() {
    return counting;
  }

  public Integer getCounted() {
    return counted;
  }

  public void setCounted(Integer counted) {
    this.counted = counted;
  }

  public RestockView getDeclining() {
    return declining;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
