package nl.spreekkamer.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.network.application.HelpPlaceData;
import nl.spreekkamer.network.application.HelpPlaceView;
import nl.spreekkamer.network.application.SocialMap;
import nl.spreekkamer.network.application.SocialMapService;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import org.primefaces.PrimeFaces;

/** The coordinator keeps the gemeente's social map: add and change in a dialog, order, hide. */
@Named
@ViewScoped
public class SocialMapEditorBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SocialMapService socialMap;
  @Inject Caller caller;
  @Inject FacesSupport faces;

  private long gemeenteId;
  private transient SocialMap map;
  private Form form = new Form();

  /** The dialog's fields. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String kind;
    private String name;
    private String forWhom;
    private String address;
    private String phone;
    private String website;
    private String openingHours;
    private String languages;

    static Form of(HelpPlaceView p) {
      Form f = new Form();
      f.id = p.id();
      f.version = p.version();
      f.kind = p.kind().name();
      f.name = p.name();
      f.forWhom = p.forWhom();
      f.address = p.address();
      f.phone = p.phone();
      f.website = p.website();
      f.openingHours = p.openingHours();
      f.languages = p.languages();
      return f;
    }

    HelpPlaceData toData(Boolean hidden) {
      return new HelpPlaceData(
          kind, name, forWhom, address, phone, website, openingHours, languages, hidden, version);
    }

    public Long getId() {
      return id;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getForWhom() {
      return forWhom;
    }

    public void setForWhom(String forWhom) {
      this.forWhom = forWhom;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getWebsite() {
      return website;
    }

    public void setWebsite(String website) {
      this.website = website;
    }

    public String getOpeningHours() {
      return openingHours;
    }

    public void setOpeningHours(String openingHours) {
      this.openingHours = openingHours;
    }

    public String getLanguages() {
      return languages;
    }

    public void setLanguages(String languages) {
      this.languages = languages;
    }
  }

  @PostConstruct
  void load() {
    gemeenteId = caller.gemeenteId();
  }

  public List<HelpPlaceView> getPlaces() {
    return map().places();
  }

  public SocialMap getMap() {
    return map();
  }

  private SocialMap map() {
    if (map == null) {
      map = socialMap.map(gemeenteId, null, null);
    }
    return map;
  }

  public void startNew() {
    form = new Form();
  }

  public void startEdit(HelpPlaceView place) {
    form = Form.of(place);
  }

  public void save() {
    try {
      if (form.id == null) {
        faces.info("socialMapEdit.added", socialMap.add(gemeenteId, form.toData(null)).name());
      } else {
        faces.info(
            "socialMapEdit.saved", socialMap.change(gemeenteId, form.id, form.toData(null)).name());
      }
      map = null;
      PrimeFaces.current().executeScript("PF('placeDialog').hide()");
    } catch (DomainException e) {
      faces.error("placeForm", e);
    }
  }

  public void move(HelpPlaceView place, int by) {
    run(() -> socialMap.move(gemeenteId, place.id(), by), null, place);
  }

  public void checked(HelpPlaceView place) {
    run(
        () -> socialMap.checked(gemeenteId, place.id(), place.version()),
        "socialMapEdit.checkedDone",
        place);
  }

  public void toggleHidden(HelpPlaceView place) {
    Form f = Form.of(place);
    run(
        () -> socialMap.change(gemeenteId, place.id(), f.toData(!place.hidden())),
        "socialMapEdit.saved",
        place);
  }

  private void run(Runnable action, String done, HelpPlaceView place) {
    try {
      action.run();
      if (done != null) {
        faces.info(done, place.name());
      }
    } catch (DomainException e) {
      faces.error(null, e);
    }
    map = null;
  }

  public List<HelpKind> getKinds() {
    return List.of(HelpKind.values());
  }

  public Form getForm() {
    return form;
  }
}
