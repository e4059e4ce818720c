package nl.spreekkamer.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.catalogue.application.ShipmentService;
import nl.spreekkamer.monitoring.domain.Breakdown;
import nl.spreekkamer.monitoring.domain.Cell;
import nl.spreekkamer.monitoring.domain.Funnel;
import nl.spreekkamer.monitoring.domain.MonitoringRepository;
import nl.spreekkamer.monitoring.domain.Period;
import nl.spreekkamer.monitoring.domain.ReferralFact;
import nl.spreekkamer.monitoring.domain.ReferralFigures;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.domain.FunnelStage;
import nl.spreekkamer.referral.domain.Outcome;

/**
 * The figures behind the dashboards: a coordinator sees the own gemeente, beheer any gemeente and
 * the comparison between gemeenten, a practice its own referrals, team and kits. Aggregates only;
 * breakdowns of referrals are suppressed where small.
 */
@Stateless
public class MonitoringService {
  static final ZoneId ZONE = ClockProducer.ZONE;

  @Inject Caller caller;
  @Inject MonitoringRepository figures;
  @Inject GemeenteRepository gemeenten;
  @Inject PraktijkRepository praktijken;
  @Inject ShipmentService shipments;
  @Inject Clock clock;

  @RolesAllowed({Roles.GEMEENTE_COORDINATOR, Roles.BEHEER})
  public FunnelView funnel(Period period, Long gemeenteId) {
    Gemeente gemeente = gemeente(gemeenteId);
    Funnel funnel =
        Funnel.of(figures.furthestStages(gemeente.id(), period.start(ZONE), period.end(ZONE)));
    return new FunnelView(
        gemeente.id(), gemeente.name(), period.from(), period.to(), funnel.steps());
  }

  @RolesAllowed({Roles.GEMEENTE_COORDINATOR, Roles.BEHEER})
  public GemeenteDashboard dashboard(Period period, Long gemeenteId) {
    Gemeente gemeente = gemeente(gemeenteId);
    Map<Long, String> names = names(gemeente.id());
    List<ReferralFact> facts =
        figures.referrals(gemeente.id(), period.start(ZONE), period.end(ZONE));
    ReferralFigures referrals =
        ReferralFigures.of(facts, period, gemeente.responseNorm(), names, today(), ZONE);
    return new GemeenteDashboard(
        gemeente.id(),
        gemeente.name(),
        period.from(),
        period.to(),
        Breakdown.MIN_CELL,
        referrals,
        training(gemeente.id(), names),
        kits(gemeente.id(), names, facts, period));
  }

  @RolesAllowed({Roles.HUISARTS, Roles.PRAKTIJKMANAGER})
  public PracticeOverview practice(Period period) {
    Long id = caller.praktijkId();
    Praktijk praktijk =
        praktijken.find(id == null ? -1 : id).orElseThrow(AccessDeniedException::new);
    List<ReferralFact> facts =
        figures.referralsOfPraktijk(praktijk.id(), period.start(ZONE), period.end(ZONE));
    long[] furthest = new long[FunnelStage.values().length];
    Map<String, Breakdown.Labelled> outcomes = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome.name(), new Breakdown.Labelled(outcome.name(), 0));
    }
    long consented = 0;
    for (ReferralFact fact : facts) {
      if (!fact.feedbackConsented()) {
        continue; // without consent the practice only knows the referral was received
      }
      consented++;
      furthest[fact.stage().ordinal()]++;
      if (fact.outcome() != null) {
        Breakdown.Labelled old = outcomes.get(fact.outcome().name());
        outcomes.put(fact.outcome().name(), new Breakdown.Labelled(old.label(), old.count() + 1));
      }
    }
    MonitoringRepository.Training team = figures.trainingOfPraktijk(praktijk.id());
    MonitoringRepository.Accreditation accreditation =
        figures.teamAccreditation(praktijk.id(), period.from(), period.to());
    List<PracticeOverview.Kit> kits =
        shipments.ofMyPraktijk().stream()
            .map(
                s ->
                    new PracticeOverview.Kit(
                        s.title(),
                        s.status().name(),
                        day(s.plannedAt()),
                        s.receivedAt() == null ? null : day(s.receivedAt())))
            .toList();
    return new PracticeOverview(
        praktijk.id(),
        praktijk.name(),
        period.from(),
        period.to(),
        facts.size(),
        facts.stream().filter(ReferralFact::selfReferral).count(),
        consented,
        Funnel.of(furthest).steps(),
        Breakdown.of(outcomes),
        team.employees(),
        team.completed(),
        accreditation.points(),
        accreditation.reported(),
        kits);
  }

  @RolesAllowed(Roles.BEHEER)
  public List<GemeenteComparison> comparison(Period period) {
    List<MonitoringRepository.GemeenteTotals> totals =
        figures.totals(period.start(ZONE), period.end(ZONE));
    Map<String, Breakdown.Labelled> referrals = new LinkedHashMap<>();
    Map<String, Breakdown.Labelled> started = new LinkedHashMap<>();
    for (MonitoringRepository.GemeenteTotals t : totals) {
      String key = String.valueOf(t.gemeenteId());
      referrals.put(key, new Breakdown.Labelled(t.name(), t.referrals()));
      started.put(key, new Breakdown.Labelled(t.name(), t.programmesStarted()));
    }
    List<Cell> referralCells = Breakdown.of(referrals);
    List<Cell> startedCells = Breakdown.of(started);
    List<GemeenteComparison> rows = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      MonitoringRepository.GemeenteTotals t = totals.get(i);
      rows.add(
          new GemeenteComparison(
              t.gemeenteId(),
              t.name(),
              t.practices(),
              t.employees(),
              t.trained(),
              Funnel.percentage(t.trained(), t.employees()),
              referralCells.get(i),
              startedCells.get(i)));
    }
    return rows;
  }

  /** The gemeente the caller may see: the own one, or for beheer the one asked for. */
  public Gemeente gemeente(Long gemeenteId) {
    if (caller.isBeheer()) {
      if (gemeenteId == null) {
        throw new InvalidInputException("gemeenteId", "validation.required");
      }
      return gemeenten
          .find(gemeenteId)
          .orElseThrow(() -> new ResourceNotFoundException("notFound.gemeente", gemeenteId));
    }
    Long own = caller.gemeenteId();
    if (own == null || (gemeenteId != null && !gemeenteId.equals(own))) {
      throw new AccessDeniedException();
    }
    return gemeenten.find(own).orElseThrow(AccessDeniedException::new);
  }

  private List<TrainingRow> training(long gemeenteId, Map<Long, String> names) {
    Map<Long, MonitoringRepository.Training> training = figures.training(gemeenteId);
    return names.entrySet().stream()
        .map(
            e -> {
              MonitoringRepository.Training t =
                  training.getOrDefault(e.getKey(), new MonitoringRepository.Training(0, 0));
              return new TrainingRow(
                  e.getKey(),
                  e.getValue(),
                  t.employees(),
                  t.completed(),
                  Funnel.percentage(t.completed(), t.employees()));
            })
        .toList();
  }

  private List<KitEffect> kits(
      long gemeenteId, Map<Long, String> names, List<ReferralFact> facts, Period period) {
    Map<Long, MonitoringRepository.KitsReceived> kits = figures.kitsReceived(gemeenteId);
    Map<Long, List<LocalDate>> referralDays =
        facts.stream()
            .collect(
                Collectors.groupingBy(
                    ReferralFact::praktijkId,
                    Collectors.mapping(f -> day(f.createdAt()), Collectors.toList())));
    List<KitEffect> rows = new ArrayList<>();
    for (Map.Entry<Long, String> practice : names.entrySet()) {
      MonitoringRepository.KitsReceived received = kits.get(practice.getKey());
      if (received == null) {
        continue;
      }
      LocalDate arrived = day(received.firstReceivedAt());
      List<LocalDate> days = referralDays.getOrDefault(practice.getKey(), List.of());
      long before = days.stream().filter(d -> d.isBefore(arrived)).count();
      long after = days.size() - before;
      LocalDate split =
          arrived.isBefore(period.from())
              ? period.from()
              : arrived.isAfter(period.to()) ? period.to().plusDays(1) : arrived;
      long daysBefore = ChronoUnit.DAYS.between(period.from(), split);
      long daysAfter = period.days() - daysBefore;
      Map<String, Breakdown.Labelled> parts = new LinkedHashMap<>();
      parts.put("before", new Breakdown.Labelled("before", before));
      parts.put("after", new Breakdown.Labelled("after", after));
      List<Cell> cells = Breakdown.of(parts);
      rows.add(
          new KitEffect(
              practice.getKey(),
              practice.getValue(),
              received.shipments(),
              arrived,
              cells.get(0),
              daysBefore,
              perMonth(cells.get(0), daysBefore),
              cells.get(1),
              daysAfter,
              perMonth(cells.get(1), daysAfter)));
    }
    return rows;
  }

  private static BigDecimal perMonth(Cell cell, long days) {
    if (cell.suppressed() || days == 0) {
      return null;
    }
    return BigDecimal.valueOf(cell.count() * 30L)
        .divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
  }

  private Map<Long, String> names(long gemeenteId) {
    Map<Long, String> names = new LinkedHashMap<>();
    praktijken.findByGemeente(gemeenteId).forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  private static LocalDate day(Instant moment) {
    return LocalDate.ofInstant(moment, ZONE);
  }
}
