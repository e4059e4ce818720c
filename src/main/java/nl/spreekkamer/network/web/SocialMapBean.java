package nl.spreekkamer.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.spreekkamer.network.application.SocialMap;
import nl.spreekkamer.network.application.SocialMapService;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The social map page ({@code /sociale-kaart.xhtml?gemeente=&kind=&q=}): public, stateless (a GET
 * form), so the card's page and the leaflet can link to it; practice and gemeente staff who open it
 * from the menu see their own gemeente and can print the desk sheet.
 */
@Named
@RequestScoped
public class SocialMapBean {
  @Inject SocialMapService socialMap;
  @Inject Caller caller;
  @Inject FacesSupport faces;

  private Long gemeente;
  private String kind;
  private String q;
  private SocialMap map;
  private boolean loaded;
  private String error;

  /** Runs before rendering: finds the gemeente (the parameter, or the caller's own). */
  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    if (gemeente == null && context.getUserPrincipal() != null) {
      gemeente = caller.servedGemeenteId();
    }
    if (gemeente == null) {
      loaded = true;
      return;
    }
    try {
      map = socialMap.publicMap(gemeente, kind, q);
    } catch (DomainException e) {
      error = faces.text(e.messageKey(), e.arguments());
      if (e instanceof ResourceNotFoundException) {
        context.setResponseStatus(404);
      } else {
        context.setResponseStatus(400);
      }
    }
    loaded = true;
  }

  /** Whether the desk sheet (PDF, for staff of this gemeente) is offered. */
  public boolean isStaff() {
    if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null
        || map == null) {
      return false;
    }
    Long served = caller.servedGemeenteId();
    return served != null && served == map.gemeenteId();
  }

  /** Whether the caller keeps this map (the coordinator of the gemeente). */
  public boolean isKeeper() {
    return isStaff()
        && caller.roles().contains(Role.GEMEENTE_COORDINATOR)
        && caller.gemeenteId() != null;
  }

  public List<HelpKind> getKinds() {
    return List.of(HelpKind.values());
  }

  public SocialMap getMap() {
    return map;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public String getError() {
    return error;
  }

  public Long getGemeente() {
    return gemeente;
  }

  public void setGemeente(Long gemeente) {
    this.gemeente = gemeente;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
