package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.platform.web.FacesSupport;

/** Beheer's list of gemeenten, with the confirmation after a gemeente was saved on its own page. */
@Named
@ViewScoped
public class GemeentenBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GemeenteService gemeenten;
  @Inject FacesSupport faces;

  private List<GemeenteView> list = List.of();
  private Long saved;

  @PostConstruct
  void load() {
    list = gemeenten.list();
  }

  /**
   * After a redirect from the edit page ({@code ?opgeslagen=id}): says which gemeente was saved.
   */
  public void showSaved() {
    if (saved != null) {
      list.stream()
          .filter(g -> g.id() == saved)
          .findFirst()
          .ifPresent(g -> faces.info("gemeenten.saved", g.name()));
    }
  }

  public List<GemeenteView> getList() {
    return list;
  }

  public Long getSaved() {
    return saved;
  }

  public void setSaved(Long saved) {
    this.saved = saved;
  }
}
