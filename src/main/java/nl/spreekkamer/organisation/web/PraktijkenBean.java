package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.organisation.application.PraktijkData;
import nl.spreekkamer.organisation.application.PraktijkService;
import nl.spreekkamer.organisation.application.PraktijkView;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;
import org.primefaces.PrimeFaces;

/** Beheer's list of GP practices: searching page by page, adding and editing in a dialog. */
@Named
@ViewScoped
public class PraktijkenBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PraktijkService praktijken;
  @Inject GemeenteService gemeenten;
  @Inject FacesSupport faces;

  private String search;
  private PageDataModel<PraktijkView> model;
  private List<GemeenteView> gemeenteOptions = List.of();
  private PraktijkForm form = new PraktijkForm();

  @PostConstruct
  void load() {
    model =
        new PageDataModel<>(
            (first, max) -> praktijken.search(search, first, max), PraktijkView::id);
    gemeenteOptions = gemeenten.list();
  }

  public void search() {
    faces.firstPage("praktijkenForm:praktijken");
  }

  public void startNew() {
    form = new PraktijkForm();
  }

  public void startEdit(PraktijkView praktijk) {
    form = PraktijkForm.of(praktijk);
  }

  public void save() {
    try {
      PraktijkData data = form.toData();
      if (form.getId() == null) {
        faces.info("praktijken.added", praktijken.create(data).name());
      } else {
        faces.info("praktijken.saved", praktijken.update(form.getId(), data).name());
      }
      PrimeFaces.current().executeScript("PF('praktijkDialog').hide()");
    } catch (DomainException e) {
      faces.error("praktijkForm", e);
    }
  }

  public PageDataModel<PraktijkView> getModel() {
    return model;
  }

  public List<GemeenteView> getGemeenteOptions() {
    return gemeenteOptions;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public PraktijkForm getForm() {
    return form;
  }
}
