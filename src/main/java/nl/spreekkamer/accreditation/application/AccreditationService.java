package nl.spreekkamer.accreditation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.AccreditationRecord;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.accreditation.domain.AccreditationRepository;
import nl.spreekkamer.accreditation.domain.Registry;
import nl.spreekkamer.learning.domain.ModuleCatalogue;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What the registries granted each module (kept by redactie and beheer), and the attendance files
 * for the registries' bulk upload. An export reports each record once.
 */
@Stateless
@RolesAllowed({Roles.REDACTIE, Roles.BEHEER})
public class AccreditationService {
  /** The columns of the attendance file, in the order the registries' lists use. */
  public static final String[] EXPORT_COLUMNS = {
    "registratienummer", "naam", "activiteit_id", "datum", "punten", "module"
  };

  static final int MAX_EXPORT_DAYS = 366 * 2;

  @Inject AccreditationRepository accreditations;
  @Inject AccreditationRecordRepository records;
  @Inject AccountRepository accounts;
  @Inject ModuleCatalogue modules;
  @Inject Clock clock;

  /** The modules that can be accredited, as id and title. */
  public Map<String, String> modules() {
    Map<String, String> titles = new java.util.LinkedHashMap<>();
    modules.all().forEach(m -> titles.put(m.id(), m.title()));
    return titles;
  }

  public List<AccreditationView> all() {
    return accreditations.all().stream().map(AccreditationView::of).toList();
  }

  /** Per registry, the records earned and not yet reported: the export still to make. */
  public List<AccreditationRecordRepository.Unreported> unreported() {
    return records.unreportedByRegistry();
  }

  /**
   * Accreditations that end within {@code days} days with no later one for the same module and
   * registry: the renewal to apply for, soonest first.
   */
  public List<AccreditationView> endingWithin(int days) {
    LocalDate today = LocalDate.now(clock);
    LocalDate horizon = today.plusDays(days);
    List<Accreditation> all = accreditations.all();
    return all.stream()
        .filter(a -> !a.validUntil().isBefore(today) && !a.validUntil().isAfter(horizon))
        .filter(
            a ->
                all.stream()
                    .noneMatch(
                        b ->
                            b.moduleId().equals(a.moduleId())
                                && b.registry() == a.registry()
                                && b.validUntil().isAfter(a.validUntil())))
        .sorted(Comparator.comparing(Accreditation::validUntil))
        .map(AccreditationView::of)
        .toList();
  }

  public AccreditationView add(String moduleId, Registry registry, Accreditation.Terms terms) {
    if (moduleId == null || modules.find(moduleId).isEmpty()) {
      throw new InvalidInputException("moduleId", "validation.accreditation.module");
    }
    Accreditation accreditation = new Accreditation(moduleId, registry, terms);
    boolean overlaps =
        accreditations.ofModule(moduleId).stream()
            .anyMatch(
                a ->
                    a.registry() == registry
                        && !a.validUntil().isBefore(terms.validFrom())
                        && !terms.validUntil().isBefore(a.validFrom()));
    if (overlaps) {
      throw new ConflictException("validFrom", "validation.accreditation.overlap");
    }
    accreditations.add(accreditation);
    return AccreditationView.of(accreditation);
  }

  public AccreditationView change(long id, Long version, Accreditation.Terms terms) {
    Accreditation accreditation = find(id);
    Versions.require(version, accreditation.version());
    accreditation.change(terms);
    return AccreditationView.of(accreditation);
  }

  public void remove(long id) {
    accreditations.remove(find(id));
  }

  /**
   * The attendance file for one registry: every record earned in {@code [from, to]} and not yet
   * reported, which are marked reported. Records of people without a number for this registry are
   * left out and stay "earned" until the number is filled in.
   */
  public Export export(Registry registry, LocalDate from, LocalDate to) {
    if (registry == null) {
      throw new InvalidInputException("registry", "validation.required");
    }
    checkPeriod(from, to);
    List<AccreditationRecord> due = records.unreported(registry, from, to);
    Map<Long, Account> people =
        due.stream()
            .map(AccreditationRecord::accountId)
            .distinct()
            .map(accounts::find)
            .flatMap(Optional::stream)
            .collect(Collectors.toMap(Account::id, Function.identity()));
    Instant now = clock.instant();
    int missing = 0;
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(EXPORT_COLUMNS).get().print(csv)) {
      for (AccreditationRecord record : due) {
        Account person = people.get(record.accountId());
        String number = person == null ? null : registry.registrationNumber(person);
        if (number == null) {
          missing++;
          continue;
        }
        printer.printRecord(
            number,
            person.displayName(),
            record.activityId(),
            record.earnedOn(),
            record.points().toPlainString(),
            record.moduleId());
        record.reported(now);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Export(csv.toString(), due.size() - missing, missing);
  }

  /** An attendance file, how many records it reports, and how many lack a number. */
  public record Export(String csv, int reported, int withoutNumber) {}

  /** The registry refused a reported record. */
  public void rejected(long recordId) {
    record(recordId).rejected(clock.instant());
  }

  /** A rejected record may be reported again, e.g. after the number was corrected. */
  public void reopen(long recordId) {
    record(recordId).reopen();
  }

  private AccreditationRecord record(long id) {
    return records
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.accreditationRecord", id));
  }

  private Accreditation find(long id) {
    return accreditations
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.accreditation", id));
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new InvalidInputException("from", "validation.required");
    }
    if (to == null) {
      throw new InvalidInputException("to", "validation.required");
    }
    if (to.isBefore(from) || from.plusDays(MAX_EXPORT_DAYS).isBefore(to)) {
      throw new InvalidInputException(
          "to", "validation.accreditation.exportPeriod", MAX_EXPORT_DAYS);
    }
  }
}
