package nl.spreekkamer.accreditation.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.AccreditationRepository;
import nl.spreekkamer.accreditation.domain.Registry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, accredits the two demo modules with invented activity ids, so completing a module
 * on first start shows points and an export. Real ids come from the registries and are entered by
 * redactie.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class AccreditationDemoData {
  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject AccreditationRepository accreditations;

  @PostConstruct
  void load() {
    if (!enabled || !accreditations.all().isEmpty()) {
      return;
    }
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate until = LocalDate.of(2027, 12, 31);
    add("geldzorgen-spreekkamer", Registry.ABC1, "DEMO-ABC1-486213", "1", from, until);
    add("geldzorgen-spreekkamer", Registry.NVVPO, "DEMO-NVVPO-26-0815", "1", from, until);
    add("geldzorgen-balie", Registry.KABIZ, "DEMO-KABIZ-26-1174", "0.5", from, until);
  }

  private void add(
      String module,
      Registry registry,
      String activity,
      String points,
      LocalDate from,
      LocalDate to) {
    accreditations.add(
        new Accreditation(
            module, registry, new Accreditation.Terms(activity, new BigDecimal(points), from, to)));
  }
}
