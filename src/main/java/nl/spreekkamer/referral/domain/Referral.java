package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * A warm referral from a practice to a gemeente's meldpunt, made with the patient's consent. It
 * holds the rules of its life cycle: which status may follow which, what closing needs, and when
 * the practice may still withdraw it.
 */
@Entity
@Table(name = "REFERRAL")
public class Referral {
  public static final int MAX_NOTE = 500;
  public static final int MAX_FEEDBACK = 1000;
  public static final int MAX_PLACE = 200;

  /** Attempts needed before a referral may be closed as "not reached". */
  public static final int MIN_ATTEMPTS_NOT_REACHED = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "referralIds")
  @TableGenerator(
      name = "referralIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "REFERRAL",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", length = 16, nullable = false, unique = true)
  private String reference;

  @Column(name = "PRAKTIJK_ID", nullable = false)
  private long praktijkId;

  @Column(name = "REFERRED_BY", nullable = false)
  private long referredBy;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 30, nullable = false)
  private ReferralStatus status;

  @Column(name = "STATUS_CHANGED_AT", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "ASSIGNED_TO")
  private Long assignedTo;

  @Embedded private PatientContact contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "CATEGORY", length = 30, nullable = false)
  private HelpCategory category;

  @Column(name = "URGENCY", length = 120)
  private String urgency;

  @Column(name = "URGENT", nullable = false)
  private boolean urgent;

  @Column(name = "LOCATION", length = MAX_PLACE)
  private String location;

  @Column(name = "NOTE", length = MAX_NOTE)
  private String note;

  @Embedded private Consent consent;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", length = 30)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "DECLINE_REASON", length = 30)
  private DeclineReason declineReason;

  @Column(name = "FIRST_CONTACT_AT")
  private Instant firstContactAt;

  @Column(name = "PLANNED_AT")
  private Instant plannedAt;

  @Column(name = "PLANNED_PLACE", length = MAX_PLACE)
  private String plannedPlace;

  @Column(name = "FEEDBACK", length = MAX_FEEDBACK)
  private String feedback;

  @Column(name = "FEEDBACK_AT")
  private Instant feedbackAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "FUNNEL_STAGE", length = 20, nullable = false)
  private FunnelStage funnelStage = FunnelStage.RECEIVED;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @Column(name = "ERASED_AT")
  private Instant erasedAt;

  /**
   * When the row was last written, whatever changed (FHIR {@code meta.lastUpdated}, the search by
   * {@code _lastUpdated}): set on every insert and update, with the version, in whole milliseconds
   * so that a search cursor holding it finds the row again on every database.
   */
  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  /**
   * The patient called the meldpunt with the code of a card the practice printed, and an intake
   * worker entered the referral with the patient's oral consent; the practice sent nothing.
   */
  @Column(name = "SELF_REFERRAL", nullable = false)
  private boolean selfReferral;

  protected Referral() {}

  @PrePersist
  @PreUpdate
  void touch() {
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new referral in the gemeente's queue, status received. */
  public Referral(
      ReferenceCode reference,
      long praktijkId,
      long referredBy,
      long gemeenteId,
      PatientContact contact,
      HelpCategory category,
      Set<UrgencySignal> urgency,
      String location,
      String note,
      Consent consent,
      Instant now) {
    this.reference = reference.value();
    this.praktijkId = praktijkId;
    this.referredBy = referredBy;
    this.gemeenteId = gemeenteId;
    this.contact = Objects.requireNonNull(contact);
    if (category == null) {
      throw new InvalidInputException("category", "validation.required");
    }
    this.category = category;
    this.urgency =
        urgency.isEmpty()
            ? null
            : urgency.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.urgent = !urgency.isEmpty();
    this.location = Checks.optional("location", location, MAX_PLACE);
    this.note = Checks.optional("note", note, MAX_NOTE);
    this.consent = Objects.requireNonNull(consent);
    this.createdAt = Objects.requireNonNull(now);
    this.status = ReferralStatus.RECEIVED;
    this.statusChangedAt = now;
  }

  /**
   * A referral the patient made by calling the meldpunt with the code of a card their practice
   * printed ({@code reference}): it counts for that practice and the employee who printed the card,
   * the consent was given orally to the intake worker who enters it.
   */
  public static Referral selfReferral(
      ReferenceCode reference,
      long praktijkId,
      long printedBy,
      long gemeenteId,
      PatientContact contact,
      HelpCategory category,
      Set<UrgencySignal> urgency,
      String note,
      Consent consent,
      Instant now) {
    Referral referral =
        new Referral(
            reference,
            praktijkId,
            printedBy,
            gemeenteId,
            contact,
            category,
            urgency,
            null,
            note,
            consent,
            now);
    referral.selfReferral = true;
    return referral;
  }

  /**
   * A worker takes the referral on (or gives it to a colleague). A new referral then moves to
   * seeking contact; that step is returned for the history.
   */
  public Optional<StatusChange> assignTo(long workerId, long by, Instant now) {
    requireOpen();
    this.assignedTo = workerId;
    if (status == ReferralStatus.RECEIVED) {
      return Optional.of(change(ReferralStatus.SEEKING_CONTACT, null, by, now));
    }
    return Optional.empty();
  }

  /**
   * A contact attempt moves the referral on by itself: the first attempt means contact is being
   * sought, and one that reached the patient means contact is made (so the worker is offered to
   * plan the first conversation next). A later status is never moved back.
   */
  public Optional<StatusChange> recordAttempt(ContactResult result, long by, Instant now) {
    requireOpen();
    boolean beforeContact =
        status == ReferralStatus.RECEIVED || status == ReferralStatus.SEEKING_CONTACT;
    if (result == ContactResult.REACHED && beforeContact) {
      firstContactAt = firstContactAt == null ? now : firstContactAt;
      return Optional.of(change(ReferralStatus.CONTACT_MADE, null, by, now));
    }
    if (status == ReferralStatus.RECEIVED) {
      return Optional.of(change(ReferralStatus.SEEKING_CONTACT, null, by, now));
    }
    return Optional.empty();
  }

  /** Whether the gemeente has started on it: then the practice can no longer withdraw it. */
  public boolean isPickedUp() {
    return assignedTo != null || status != ReferralStatus.RECEIVED;
  }

  /** The practice takes the referral back before the gemeente has picked it up. */
  public StatusChange withdraw(long by, Instant now) {
    if (selfReferral) {
      throw new ConflictException("status", "error.referral.selfWithdraw");
    }
    if (isPickedUp()) {
      throw new ConflictException("status", "error.referral.pickedUp");
    }
    return change(ReferralStatus.WITHDRAWN, null, by, now);
  }

  /**
   * Moves to the next status. Closing needs an outcome (a declined one also its reason); planning a
   * conversation needs its date and place. Any other jump is refused.
   */
  public StatusChange moveTo(StatusStep step, int attemptsSoFar, long by, Instant now) {
    ReferralStatus to = step.status();
    if (!status.next().contains(to)) {
      throw new ConflictException("status", "error.referral.transition", status, to);
    }
    if (to == ReferralStatus.CLOSED) {
      if (step.outcome() == null) {
        throw new InvalidInputException("outcome", "validation.referral.outcome");
      }
      if (step.outcome() == Outcome.NOT_REACHED && attemptsSoFar < MIN_ATTEMPTS_NOT_REACHED) {
        throw new InvalidInputException(
            "outcome", "validation.referral.notReached", MIN_ATTEMPTS_NOT_REACHED);
      }
      if (step.outcome() == Outcome.DECLINED && step.declineReason() == null) {
        throw new InvalidInputException("declineReason", "validation.referral.declineReason");
      }
      outcome = step.outcome();
      declineReason = step.outcome() == Outcome.DECLINED ? step.declineReason() : null;
      closedAt = now;
    } else if (step.outcome() != null) {
      throw new InvalidInputException("outcome", "validation.referral.outcomeOnlyOnClose");
    }
    if (to == ReferralStatus.CONVERSATION_PLANNED) {
      if (step.plannedAt() == null) {
        throw new InvalidInputException("plannedAt", "validation.required");
      }
      plannedAt = step.plannedAt();
      plannedPlace = Checks.required("plannedPlace", step.plannedPlace(), MAX_PLACE);
    }
    if (to == ReferralStatus.CONTACT_MADE && firstContactAt == null) {
      firstContactAt = now;
    }
    return change(to, Checks.optional("note", step.note(), MAX_NOTE), by, now);
  }

  /**
   * The patient moved: the referral goes to the new gemeente's queue as received, unassigned. The
   * step is recorded with the outcome "moved away" for the old gemeente's figures.
   */
  public StatusChange transferTo(long newGemeenteId, String note, long by, Instant now) {
    requireOpen();
    if (newGemeenteId == gemeenteId) {
      throw new InvalidInputException("gemeenteId", "validation.referral.sameGemeente");
    }
    StatusChange change =
        new StatusChange(
            id,
            status,
            ReferralStatus.RECEIVED,
            Outcome.MOVED_AWAY,
            Checks.optional("note", note, MAX_NOTE),
            by,
            now);
    gemeenteId = newGemeenteId;
    assignedTo = null;
    funnelStage = FunnelStage.RECEIVED; // the new gemeente starts from the beginning
    status = ReferralStatus.RECEIVED;
    statusChangedAt = now;
    return change;
  }

  /** A short written feedback for the practice. */
  public void giveFeedback(String text, Instant now) {
    if (!consent.feedback()) {
      throw new ConflictException("feedback", "error.referral.noFeedbackConsent");
    }
    this.feedback = Checks.required("feedback", text, MAX_FEEDBACK);
    this.feedbackAt = now;
  }

  /** Removes the patient's name and contact details and the free texts; counts stay. */
  public void erasePersonalData(Instant now) {
    contact = null;
    note = null;
    feedback = null;
    plannedPlace = null;
    erasedAt = now;
  }

  private StatusChange change(ReferralStatus to, String changeNote, long by, Instant now) {
    StatusChange change = new StatusChange(id, status, to, outcome, changeNote, by, now);
    funnelStage = funnelStage.furthest(FunnelStage.reachedBy(to, outcome));
    status = to;
    statusChangedAt = now;
    return change;
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new ConflictException("status", "error.referral.closed");
    }
  }

  public Long id() {
    return id;
  }

  /** The furthest stage on the way to help this referral reached. */
  public FunnelStage funnelStage() {
    return funnelStage;
  }

  public long version() {
    return version;
  }

  public ReferenceCode reference() {
    return new ReferenceCode(reference);
  }

  public long praktijkId() {
    return praktijkId;
  }

  public long referredBy() {
    return referredBy;
  }

  public long gemeenteId() {
    return gemeenteId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Long assignedTo() {
    return assignedTo;
  }

  /** The patient's contact details, or {@code null} once erased. */
  public PatientContact contact() {
    return contact;
  }

  public HelpCategory category() {
    return category;
  }

  public Set<UrgencySignal> urgency() {
    if (urgency == null) {
      return EnumSet.noneOf(UrgencySignal.class);
    }
    return Arrays.stream(urgency.split(","))
        .map(UrgencySignal::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(UrgencySignal.class)));
  }

  public boolean isUrgent() {
    return urgent;
  }

  public boolean isSelfReferral() {
    return selfReferral;
  }

  public String location() {
    return location;
  }

  public String note() {
    return note;
  }

  public Consent consent() {
    return consent;
  }

  public Outcome outcome() {
    return outcome;
  }

  public DeclineReason declineReason() {
    return declineReason;
  }

  public Instant firstContactAt() {
    return firstContactAt;
  }

  public Instant plannedAt() {
    return plannedAt;
  }

  public String plannedPlace() {
    return plannedPlace;
  }

  public String feedback() {
    return feedback;
  }

  public Instant feedbackAt() {
    return feedbackAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant erasedAt() {
    return erasedAt;
  }
}
