package nl.spreekkamer.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteData;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.organisation.domain.LocationType;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/** Beheer's page for one gemeente ({@code ?id=N}, or none for a new one): create or change it. */
@Named
@ViewScoped
public class GemeenteBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GemeenteService gemeenten;
  @Inject FacesSupport faces;

  private Long id;
  private GemeenteForm form = new GemeenteForm();
  private boolean found = true;
  private String badIdParam;

  /** Reads the gemeente named by the {@code id} parameter; without one the form starts empty. */
  public void load() {
    if (badIdParam != null) {
      found = false;
      faces.error("notFound.gemeente", badIdParam);
      return;
    }
    if (id == null) {
      return;
    }
    try {
      form = GemeenteForm.of(gemeenten.get(id));
    } catch (DomainException e) {
      found = false;
      faces.error(null, e);
    }
  }

  public void addLocation() {
    form.addLocation();
  }

  public void removeLocation(int index) {
    form.removeLocation(index);
  }

  /** Saves and goes back to the list, which confirms what was saved. */
  public String save() {
    try {
      GemeenteData data = form.toData();
      GemeenteView saved =
          form.getId() == null ? gemeenten.create(data) : gemeenten.update(form.getId(), data);
      return "/beheer/gemeenten.xhtml?faces-redirect=true&opgeslagen=" + saved.id();
    } catch (DomainException e) {
      faces.error("gemeenteForm", e);
      return null;
    }
  }

  public List<LocationType> getLocationTypes() {
    return List.of(LocationType.values());
  }

  public boolean isFound() {
    return found;
  }

  public Long getId() {
    return id;
  }

  /** The page parameter as typed: a wrong one shows "not found" instead of an empty form. */
  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String raw) {
    badIdParam = null;
    id = null;
    if (raw == null || raw.isBlank()) {
      return;
    }
    try {
      id = Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      badIdParam = raw.length() > 20 ? raw.substring(0, 20) : raw;
    }
  }

  public void setId(Long id) {
    this.id = id;
  }

  public GemeenteForm getForm() {
    return form;
  }
}
