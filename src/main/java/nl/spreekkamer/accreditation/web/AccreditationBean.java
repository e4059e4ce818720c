package nl.spreekkamer.accreditation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.spreekkamer.accreditation.application.AccreditationService;
import nl.spreekkamer.accreditation.application.AccreditationView;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.Registry;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.web.FacesSupport;
import org.primefaces.model.StreamedContent;

/** Redactie and beheer: what each registry granted per module, and the attendance files. */
@Named
@ViewScoped
public class AccreditationBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "accreditationForm";

  @Inject AccreditationService service;
  @Inject FacesSupport faces;

  private List<AccreditationView> accreditations;
  private String moduleId;
  private String registry;
  private String activityId;
  private String points = "1";
  private LocalDate validFrom = today();
  private LocalDate validUntil = today().plusYears(2).minusDays(1);

  private String exportRegistry = Registry.ABC1.name();
  private LocalDate exportFrom = today().withDayOfMonth(1);
  private LocalDate exportTo = today();

  /** Today in the Netherlands, where the registries count their days. */
  private static LocalDate today() {
    return LocalDate.now(ClockProducer.ZONE);
  }

  public List<AccreditationView> getAccreditations() {
    if (accreditations == null) {
      accreditations = service.all();
    }
    return accreditations;
  }

  public void add() {
    try {
      service.add(
          moduleId,
          Choices.one("registry", registry, Registry.class),
          new Accreditation.Terms(activityId, decimal(points), validFrom, validUntil));
      accreditations = null;
      activityId = null;
      faces.info("accreditation.added");
    } catch (DomainException e) {
      faces.error(FORM, e);
    }
  }

  public void remove(AccreditationView accreditation) {
    try {
      service.remove(accreditation.id());
      accreditations = null;
      faces.info("accreditation.removed");
    } catch (DomainException e) {
      faces.error(FORM, e);
    }
  }

  /** The attendance file; the records in it are marked reported. */
  public StreamedContent getExport() {
    try {
      Registry chosen = Choices.one("exportRegistry", exportRegistry, Registry.class);
      AccreditationService.Export export = service.export(chosen, exportFrom, exportTo);
      faces.info("accreditation.exported", export.reported(), export.withoutNumber());
      return faces.download(
          export.csv().getBytes(StandardCharsets.UTF_8),
          "presentie-" + chosen.name().toLowerCase() + "-" + exportFrom + ".csv",
          "text/csv; charset=UTF-8");
    } catch (DomainException e) {
      faces.error("exportForm", e);
      return null;
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "points", "validation.accreditation.points", Accreditation.MAX_POINTS);
    }
  }

  public java.util.Map<String, String> getModules() {
    return service.modules();
  }

  public List<Registry> getRegistries() {
    return Arrays.asList(Registry.values());
  }

  public String getModuleId() {
    return moduleId;
  }

  public void setModuleId(String moduleId) {
    this.moduleId = moduleId;
  }

  public String getRegistry() {
    return registry;
  }

  public void setRegistry(String registry) {
    this.registry = registry;
  }

  public String getActivityId() {
    return activityId;
  }

  public void setActivityId(String activityId) {
    this.activityId = activityId;
  }

  public String getPoints() {
    return points;
  }

  public void setPoints(String points) {
    this.points = points;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getExportRegistry() {
    return exportRegistry;
  }

  public void setExportRegistry(String exportRegistry) {
    this.exportRegistry = exportRegistry;
  }

  public LocalDate getExportFrom() {
    return exportFrom;
  }

  public void setExportFrom(LocalDate exportFrom) {
    this.exportFrom = exportFrom;
  }

  public LocalDate getExportTo() {
    return exportTo;
  }

  public void setExportTo(LocalDate exportTo) {
    this.exportTo = exportTo;
  }
}
