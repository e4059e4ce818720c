package nl.spreekkamer.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.catalogue.application.RestockService;
import nl.spreekkamer.catalogue.application.RestockView;
import nl.spreekkamer.catalogue.application.ScreenService;
import nl.spreekkamer.catalogue.application.ScreenView;
import nl.spreekkamer.catalogue.application.ShipmentService;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The practice's material: the waiting-room screen address, kits and other shipments from the
 * gemeente (confirm receipt), and requests for more copies.
 */
@Named
@ViewScoped
public class MaterialsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ScreenService screens;
  @Inject ShipmentService shipments;
  @Inject RestockService restocks;
  @Inject VariantChoices variants;
  @Inject SecurityContext security;
  @Inject FacesSupport faces;

  private ScreenView screen;
  private List<ShipmentView> received;
  private boolean onlyOpen;
  private List<RestockView> requests;
  private String variant;
  private Integer quantity;
  private String note;

  @PostConstruct
  void load() {
    screen = screens.mine();
    reload();
  }

  private void reload() {
    received = shipments.ofMyPraktijk();
    requests = restocks.ofMyPraktijk();
  }

  public void confirm(long shipmentId) {
    try {
      shipments.confirmReceived(shipmentId);
      faces.info("materials.confirmed");
    } catch (DomainException e) {
      faces.error("shipmentsForm", e);
    }
    reload();
  }

  public void renewScreen() {
    screen = screens.renew();
    faces.info("materials.screen.renewed");
  }

  public void request() {
    try {
      restocks.request(VariantChoices.line(variant, quantity), note);
      faces.info("materials.restock.sent");
      variant = null;
      quantity = null;
      note = null;
    } catch (DomainException e) {
      faces.error("restockForm", e);
    }
    reload();
  }

  public boolean isManager() {
    return security.isCallerInRole(Roles.PRAKTIJKMANAGER);
  }

  public List<VariantChoices.Choice> getVariants() {
    return variants.all();
  }

  public ScreenView getScreen() {
    return screen;
  }

  /** The shipments to show: all, or ({@code ?zendingen=open}) only those still to confirm. */
  public List<ShipmentView> getShipments() {
    return onlyOpen ? received.stream().filter(ShipmentView::toConfirm).toList() : received;
  }

  public void showAllShipments() {
    onlyOpen = false;
  }

  public String getZendingen() {
    return onlyOpen ? "open" : null;
  }

  public void setZendingen(String which) {
    onlyOpen = "open".equals(which);
  }

  public boolean isOnlyOpen() {
    return onlyOpen;
  }

  public List<RestockView> getRequests() {
    return requests;
  }

  public String getVariant() {
    return variant;
  }

  public void setVariant(String variant) {
    this.variant = variant;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
