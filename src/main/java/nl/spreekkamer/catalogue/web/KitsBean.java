package nl.spreekkamer.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.catalogue.application.Distribution;
import nl.spreekkamer.catalogue.application.KitLineView;
import nl.spreekkamer.catalogue.application.KitService;
import nl.spreekkamer.catalogue.application.KitView;
import nl.spreekkamer.catalogue.application.LineRequest;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.catalogue.application.Tenant;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The coordinator's kits: compose one (name, lines of item variant and quantity per practice),
 * distribute it to the gemeente's practices (all chosen by default), and follow its shipments.
 */
@Named
@ViewScoped
public class KitsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KitService kits;
  @Inject Tenant tenant;
  @Inject VariantChoices variants;
  @Inject FacesSupport faces;

  private List<KitView> all;
  private KitView selected;
  private List<ShipmentView> shipments = List.of();

  private Long editingId;
  private long editingVersion;
  private String name;
  private String description;
  private List<EditLine> lines = new ArrayList<>();

  private List<Long> chosenPraktijken = new ArrayList<>();
  private List<Practice> practices = List.of();

  /** A line being edited in the kit dialog. */
  public static class EditLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private String variant;
    private Integer quantity = 1;

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
  }

  /** A practice to choose in the distribution dialog. */
  public record Practice(long id, String name) implements Serializable {}

  @PostConstruct
  void load() {
    all = kits.all();
  }

  public void startNew() {
    editingId = null;
    name = null;
    description = null;
    lines = new ArrayList<>(List.of(new EditLine()));
  }

  public void startEdit(KitView kit) {
    editingId = kit.id();
    editingVersion = kit.version();
    name = kit.name();
    description = kit.description();
    lines = new ArrayList<>();
    for (KitLineView line : kit.lines()) {
      EditLine edit = new EditLine();
      edit.setVariant(line.itemId() + VariantChoices.SEPARATOR + line.variant());
      edit.setQuantity(line.quantity());
      lines.add(edit);
    }
  }

  public void addLine() {
    lines.add(new EditLine());
  }

  public void removeLine(EditLine line) {
    lines.remove(line);
  }

  /** Saves the kit; the dialog stays open with the messages when something is refused. */
  public void save() {
    List<LineRequest> requested =
        lines.stream().map(l -> VariantChoices.line(l.getVariant(), l.getQuantity())).toList();
    try {
      if (editingId == null) {
        kits.create(name, description, requested);
        faces.info("kits.created", name);
      } else {
        kits.change(editingId, editingVersion, name, description, requested);
        faces.info("kits.saved", name);
      }
      all = kits.all();
    } catch (DomainException e) {
      faces.error("kitForm", e);
    }
  }

  public void delete(KitView kit) {
    try {
      kits.delete(kit.id());
      faces.info("kits.deleted", kit.name());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    if (selected != null && selected.id() == kit.id()) {
      selected = null;
    }
    all = kits.all();
  }

  /** Opens the distribution dialog with every practice of the gemeente chosen. */
  public void startDistribute(KitView kit) {
    selected = kit;
    practices =
        tenant.praktijkNames(tenant.gemeenteId()).entrySet().stream()
            .map(e -> new Practice(e.getKey(), e.getValue()))
            .sorted(java.util.Comparator.comparing(Practice::name))
            .toList();
    chosenPraktijken = new ArrayList<>(practices.stream().map(Practice::id).toList());
  }

  public void distribute() {
    try {
      Distribution done = kits.distribute(selected.id(), chosenPraktijken);
      if (done.alreadyHad().isEmpty()) {
        faces.info("kits.distributed", done.planned());
      } else {
        faces.info("kits.distributedSkipping", done.planned(), done.alreadyHad().size());
      }
      showShipments(kits.get(selected.id()));
    } catch (DomainException e) {
      faces.error("distributeForm", e);
    }
    all = kits.all();
  }

  public void markAllSent(KitView kit) {
    int sent = kits.markAllSent(kit.id());
    faces.info("kits.sent", sent);
    all = kits.all();
    showShipments(kits.get(kit.id()));
  }

  public void showShipments(KitView kit) {
    selected = kit;
    shipments = kits.shipments(kit.id());
  }

  public List<KitView> getKits() {
    return all;
  }

  public KitView getSelected() {
    return selected;
  }

  public List<ShipmentView> getShipments() {
    return shipments;
  }

  public List<VariantChoices.Choice> getVariants() {
    return variants.all();
  }

  public List<Practice> getPractices() {
    return practices;
  }

  public List<Long> getChosenPraktijken() {
    return chosenPraktijken;
  }

  public void setChosenPraktijken(List<Long> chosenPraktijken) {
    this.chosenPraktijken = chosenPraktijken;
  }

  public List<EditLine> getLines() {
    return lines;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isEditing() {
    return editingId != null;
  }
}
