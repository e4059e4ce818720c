package nl.spreekkamer.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.platform.web.PublicAddress;
import nl.spreekkamer.referral.application.ReferralAccess.Side;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactResult;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.NormSignal;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.QueueFilter;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.StatusChange;
import nl.spreekkamer.referral.domain.StatusStep;
import nl.spreekkamer.referral.infrastructure.LetterDocument;

/**
 * The gemeente's intake queue: list and filter the own gemeente's referrals, pick one up, work it
 * through its statuses, log contact attempts and give the practice feedback.
 */
@Stateless
@RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
public class IntakeService {
  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  @Inject Caller caller;
  @Inject ReferralRepository referrals;
  @Inject ReferralAccess access;
  @Inject AccountRepository accounts;
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject Event<ReferralChanged> changes;
  @Inject PublicAddress address;
  @Inject LetterDocument letters;
  @Inject Clock clock;

  /**
   * Filters as sent by the page or the API; blank means "any". {@code receivedSince} is a date
   * (received on or after it, Dutch time); {@code due} keeps only those waiting for first contact
   * close to or past the norm.
   */
  public record QueueQuery(
      String status,
      Boolean urgent,
      Long praktijkId,
      String assignee,
      String receivedSince,
      Boolean due,
      String order) {
    public QueueQuery(
        String status, Boolean urgent, Long praktijkId, String assignee, String order) {
      this(status, urgent, praktijkId, assignee, null, null, order);
    }
  }

  /** What waits for the caller's gemeente, for the home page: each count is a list of the queue. */
  public record Workload(long open, long newSinceYesterday, long due, long mine) {}

  public Workload workload() {
    LocalDate yesterday = LocalDate.now(clock.withZone(DUTCH_TIME)).minusDays(1);
    ReferralRepository.Workload counts =
        referrals.workload(
            caller.gemeenteId(),
            yesterday.atStartOfDay(DUTCH_TIME).toInstant(),
            normDue(),
            caller.accountId());
    return new Workload(counts.open(), counts.newSince(), counts.due(), counts.mine());
  }

  public Page<QueueItem> queue(QueueQuery query, Integer first, Integer max) {
    QueueFilter filter = filter(query);
    int[] bounds = Page.bounds(first, max);
    List<Referral> page = referrals.queue(filter, bounds[0], bounds[1]);
    Map<Long, String> names =
        praktijken.findByGemeente(filter.gemeenteId()).stream()
            .collect(Collectors.toMap(Praktijk::id, Praktijk::name, (a, b) -> a));
    ResponseNorm norm = norm(filter.gemeenteId());
    LocalDate today = LocalDate.now(clock.withZone(DUTCH_TIME));
    Function<Referral, QueueItem> item =
        r ->
            QueueItem.of(
                r,
                names.getOrDefault(r.praktijkId(), ""),
                NormSignal.of(
                    r.status(),
                    LocalDate.ofInstant(r.createdAt(), DUTCH_TIME),
                    today,
                    r.isUrgent() ? norm.urgentWorkingDays() : norm.regularWorkingDays()));
    return new Page<>(
        page.stream().map(item).toList(), referrals.countQueue(filter), bounds[0], bounds[1]);
  }

  /** Assigns the referral to the caller, or to a colleague of the same gemeente. */
  public ReferralView assign(long id, Long accountId, Long version) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    Versions.require(version, referral.version());
    if (accountId == null && caller.isSystem()) {
      throw new InvalidInputException("accountId", "validation.required");
    }
    long worker = accountId == null ? caller.accountId() : colleague(accountId);
    referral.assignTo(worker, caller.accountId(), clock.instant()).ifPresent(referrals::addChange);
    access.audit(referral, AuditAction.ASSIGN, String.valueOf(worker));
    return access.view(referral, Side.GEMEENTE);
  }

  public ReferralView changeStatus(long id, StatusRequest request) {
    Checks.body(request);
    Referral referral = access.findAs(id, Side.GEMEENTE);
    Versions.require(request.version(), referral.version());
    StatusStep step =
        new StatusStep(
            Choices.one("status", request.status(), ReferralStatus.class),
            Choices.optional("outcome", request.outcome(), Outcome.class),
            Choices.optional("declineReason", request.declineReason(), DeclineReason.class),
            dateTime("plannedAt", request.plannedAt()),
            request.plannedPlace(),
            request.note());
    int attempts = referrals.attempts(referral.id()).size();
    referrals.addChange(referral.moveTo(step, attempts, caller.accountId(), clock.instant()));
    access.audit(referral, AuditAction.STATUS, step.status().name());
    notifyPractice(referral, false);
    return access.view(referral, Side.GEMEENTE);
  }

  /** Hands the referral over to the queue of the gemeente the patient moved to. */
  public ReferralView transfer(long id, Long gemeenteId, String note, Long version) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    Versions.require(version, referral.version());
    if (gemeenteId == null) {
      throw new InvalidInputException("gemeenteId", "validation.required");
    }
    Gemeente target =
        gemeenten
            .find(gemeenteId)
            .orElseThrow(
                () -> new InvalidInputException("gemeenteId", "validation.gemeente.unknown"));
    access.audit(referral, AuditAction.STATUS, "transfer to " + target.id());
    referrals.addChange(
        referral.transferTo(target.id(), note, caller.accountId(), clock.instant()));
    notifyPractice(referral, false);
    return access.view(referral, Side.PRACTICE);
  }

  public ReferralView addAttempt(long id, AttemptRequest request) {
    Checks.body(request);
    Referral referral = access.findAs(id, Side.GEMEENTE);
    if (!referral.status().isOpen()) {
      throw new ConflictException("status", "error.referral.closed");
    }
    ContactResult result = Choices.optional("result", request.result(), ContactResult.class);
    referrals.addAttempt(
        new ContactAttempt(
            referral.id(),
            Choices.optional("channel", request.channel(), ContactChannel.class),
            result,
            dateTime("attemptedAt", request.attemptedAt()),
            request.note(),
            caller.accountId(),
            clock.instant()));
    access.audit(referral, AuditAction.CONTACT_ATTEMPT, request.channel());
    Optional<StatusChange> moved =
        referral.recordAttempt(result, caller.accountId(), clock.instant());
    if (moved.isPresent()) {
      referrals.addChange(moved.get());
      notifyPractice(referral, false);
    }
    return access.view(referral, Side.GEMEENTE);
  }

  public ReferralView giveFeedback(long id, FeedbackRequest request) {
    Checks.body(request);
    Referral referral = access.findAs(id, Side.GEMEENTE);
    Versions.require(request.version(), referral.version());
    referral.giveFeedback(request.text(), clock.instant());
    access.audit(referral, AuditAction.FEEDBACK, null);
    notifyPractice(referral, true);
    return access.view(referral, Side.GEMEENTE);
  }

  /**
   * A letter proposing the first conversation, with two named contacts. Not for an erased referral:
   * there is no one to write to.
   */
  public byte[] letter(long id, LetterRequest request) {
    Checks.body(request);
    Referral referral = access.findAs(id, Side.GEMEENTE);
    if (referral.contact() == null) {
      throw new ConflictException("patient", "error.referral.erased");
    }
    Instant at = dateTime("appointmentAt", request.appointmentAt());
    if (at == null) {
      throw new InvalidInputException("appointmentAt", "validation.required");
    }
    Gemeente gemeente =
        gemeenten.find(referral.gemeenteId()).orElseThrow(IllegalStateException::new);
    byte[] pdf =
        letters.render(
            new LetterDocument.Letter(
                referral.contact().name(),
                referral.reference().value(),
                at,
                Checks.required("place", request.place(), Referral.MAX_PLACE),
                Checks.required("contact1", request.contact1(), 80),
                Checks.required("contact2", request.contact2(), 80),
                gemeente,
                CardLanguage.of(request.language()).locale(),
                clock.instant()));
    access.audit(referral, AuditAction.VIEW, "letter");
    return pdf;
  }

  /** Posts the practice a mail (sent after commit) when the patient wanted feedback. */
  private void notifyPractice(Referral referral, boolean feedbackGiven) {
    if (!referral.consent().feedback()) {
      return;
    }
    String email = praktijken.find(referral.praktijkId()).map(Praktijk::feedbackEmail).orElse(null);
    changes.fire(
        new ReferralChanged(
            referral.reference().value(),
            email,
            referral.status(),
            referral.outcome(),
            feedbackGiven,
            address.base() + "/verwijzingen/index.xhtml"));
  }

  /** The intake workers and coordinators of the caller's gemeente, to assign to. */
  public List<Colleague> colleagues() {
    return accounts.findByGemeente(caller.gemeenteId()).stream()
        .filter(Account::isActive)
        .map(a -> new Colleague(a.id(), a.displayName()))
        .toList();
  }

  /** A colleague to assign to. */
  public record Colleague(long id, String name) implements java.io.Serializable {}

  private long colleague(long accountId) {
    return accounts
        .find(accountId)
        .filter(a -> a.gemeente() != null && a.gemeente().id().equals(caller.gemeenteId()))
        .filter(a -> a.hasRole(Role.GEMEENTE_INTAKE) || a.hasRole(Role.GEMEENTE_COORDINATOR))
        .map(Account::id)
        .orElseThrow(() -> new InvalidInputException("accountId", "validation.referral.colleague"));
  }

  private QueueFilter filter(QueueQuery query) {
    QueueQuery q = query == null ? new QueueQuery(null, null, null, null, null) : query;
    LocalDate since = date("receivedSince", q.receivedSince());
    String assignee = q.assignee() == null ? "" : q.assignee().strip();
    Long assignedTo = null;
    boolean unassigned = false;
    if (assignee.equalsIgnoreCase("me")) {
      assignedTo = caller.accountId();
    } else if (assignee.equalsIgnoreCase("none")) {
      unassigned = true;
    } else if (!assignee.isEmpty()) {
      try {
        assignedTo = Long.parseLong(assignee);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("assignee", "validation.referral.assignee");
      }
    }
    boolean all = "ALL".equalsIgnoreCase(q.status());
    return new QueueFilter(
        caller.gemeenteId(),
        all ? null : Choices.optional("status", q.status(), ReferralStatus.class),
        !all,
        q.urgent(),
        q.praktijkId(),
        assignedTo,
        unassigned,
        since == null ? null : since.atStartOfDay(DUTCH_TIME).toInstant(),
        Boolean.TRUE.equals(q.due()) ? normDue() : null,
        Choices.optional("order", q.order(), QueueFilter.QueueOrder.class));
  }

  /** The moments before which a referral waiting for first contact is due, today. */
  private QueueFilter.NormDue normDue() {
    ResponseNorm norm = norm(caller.gemeenteId());
    LocalDate today = LocalDate.now(clock.withZone(DUTCH_TIME));
    return QueueFilter.NormDue.on(
        today, norm.urgentWorkingDays(), norm.regularWorkingDays(), DUTCH_TIME);
  }

  private ResponseNorm norm(long gemeenteId) {
    return gemeenten.find(gemeenteId).map(Gemeente::responseNorm).orElse(ResponseNorm.standard());
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "validation.date");
    }
  }

  /** An ISO date-time; without an offset it is Dutch time. */
  static Instant dateTime(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(DUTCH_TIME).toInstant();
      } catch (DateTimeParseException again) {
        throw new InvalidInputException(field, "validation.dateTime");
      }
    }
  }
}
