package nl.spreekkamer.referral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.PreconditionFailedException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.application.ReferralAccess.Side;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.Consent;
import nl.spreekkamer.referral.domain.ConsentText;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.PatientContact;
import nl.spreekkamer.referral.domain.PrintedCard;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.TaskFilter;
import nl.spreekkamer.referral.domain.UrgencySignal;
import nl.spreekkamer.referral.infrastructure.FhirReferrals;

/**
 * Referrals from the practice's side: make one with the patient's consent, follow the own
 * practice's referrals, withdraw one the gemeente has not picked up. Reading one is open to both
 * sides; every read and change is audited.
 */
@Stateless
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.GEMEENTE_INTAKE,
  Roles.GEMEENTE_COORDINATOR,
  Roles.GEMEENTE_SYSTEEM
})
public class ReferralService {
  @Inject Caller caller;
  @Inject ReferralRepository referrals;
  @Inject ReferralAccess access;
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject PrintedCardRepository printedCards;
  @Inject ConsentText consentText;
  @Inject Retention retention;
  @Inject FhirReferrals fhir;
  @Inject IntakeService intake;
  @Inject FhirTasks fhirTasks;
  @Inject Event<ReferralReceived> received;
  @Inject Clock clock;

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public ReferralView create(ReferralRequest request) {
    Checks.body(request);
    Praktijk praktijk = ownPraktijk();
    ReferralRequest.ConsentRequest consent = request.consent();
    if (consent == null) {
      throw new InvalidInputException("consent.share", "validation.consent.share");
    }
    Consent given =
        Consent.given(
            Boolean.TRUE.equals(consent.share()),
            Boolean.TRUE.equals(consent.feedback()),
            consent.textVersion(),
            consentText.version(),
            caller.accountId(),
            clock.instant());
    Gemeente gemeente = gemeente(request.gemeenteId(), praktijk);
    String location = Checks.optional("location", request.location(), Referral.MAX_PLACE);
    if (location != null
        && gemeente.locations().stream().noneMatch(l -> l.description().equals(location))) {
      throw new InvalidInputException("location", "validation.location.unknown");
    }
    Referral referral =
        new Referral(
            reference(request.reference(), praktijk),
            praktijk.id(),
            caller.accountId(),
            gemeente.id(),
            new PatientContact(
                request.patientName(),
                request.phone(),
                request.email(),
                Choices.optional(
                    "contactPreference", request.contactPreference(), ContactPreference.class),
                request.callTimes()),
            Choices.optional("category", request.category(), HelpCategory.class),
            Choices.set("urgency", request.urgency(), UrgencySignal.class, java.util.Set.of()),
            location,
            request.note(),
            given,
            clock.instant());
    referrals.add(referral);
    access.audit(referral, AuditAction.CREATE, null);
    received.fire(
        new ReferralReceived(
            referral.id(), gemeente.id(), referral.reference().value(), referral.urgency()));
    return ReferralView.forPractice(referral, praktijk.name(), List.of());
  }

  /** One referral, as the caller's side may see it. */
  public ReferralView get(long id) {
    Referral referral = access.find(id);
    Side side = access.side(referral);
    access.audit(referral, AuditAction.VIEW, side.name());
    return access.view(referral, side);
  }

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public Page<ReferralView> ofOwnPraktijk(Integer first, Integer max) {
    Praktijk praktijk = ownPraktijk();
    int[] bounds = Page.bounds(first, max);
    List<ReferralView> items =
        referrals.ofPraktijk(praktijk.id(), bounds[0], bounds[1]).stream()
            .map(r -> ReferralView.forPractice(r, praktijk.name(), referrals.changes(r.id())))
            .toList();
    return new Page<>(items, referrals.countOfPraktijk(praktijk.id()), bounds[0], bounds[1]);
  }

  /** Feedback from the meldpunt counts as recent for this many days (the home page, the list). */
  public static final int RECENT_FEEDBACK_DAYS = 14;

  /** The practice's referrals with feedback of the last {@value #RECENT_FEEDBACK_DAYS} days. */
  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public Page<ReferralView> withRecentFeedback(Integer first, Integer max) {
    Praktijk praktijk = ownPraktijk();
    int[] bounds = Page.bounds(first, max);
    Instant since = recentFeedbackSince();
    List<ReferralView> items =
        referrals.withFeedbackSince(praktijk.id(), since, bounds[0], bounds[1]).stream()
            .map(r -> ReferralView.forPractice(r, praktijk.name(), referrals.changes(r.id())))
            .toList();
    return new Page<>(
        items, referrals.countWithFeedbackSince(praktijk.id(), since), bounds[0], bounds[1]);
  }

  /** How many of the practice's referrals got feedback recently (the home page's count). */
  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public long recentFeedbackCount() {
    return referrals.countWithFeedbackSince(ownPraktijk().id(), recentFeedbackSince());
  }

  private Instant recentFeedbackSince() {
    return clock.instant().minus(Duration.ofDays(RECENT_FEEDBACK_DAYS));
  }

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public ReferralView withdraw(long id, Long version) {
    Referral referral = access.findAs(id, Side.PRACTICE);
    Versions.require(version, referral.version());
    referrals.addChange(referral.withdraw(caller.accountId(), clock.instant()));
    access.audit(referral, AuditAction.WITHDRAW, null);
    return access.view(referral, Side.PRACTICE);
  }

  /** The referral as an HL7 FHIR R4 Task (JSON), for the receiving gemeente and its systems. */
  @RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
  public FhirTask fhirTask(long id) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    access.audit(referral, AuditAction.VIEW, "fhir");
    String json = fhirTasks.json(referral);
    return new FhirTask(json, referral.version());
  }

  /**
   * A case system changes a Task: {@code edit} turns the current Task into the one it wants (a JSON
   * Patch, or the whole Task of a PUT). Only status, businessStatus, statusReason, note and output
   * may differ; the change becomes the same step the intake page takes, by the same rules, audited
   * and told to the practice. {@code ifMatch} is the version the system read ({@code If-Match}).
   */
  @RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
  public void fhirUpdate(long id, Long ifMatch, UnaryOperator<JsonObject> edit) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    if (ifMatch == null) {
      throw new InvalidInputException("If-Match", "validation.fhir.ifMatch");
    }
    if (ifMatch != referral.version()) {
      throw new PreconditionFailedException("If-Match", "error.fhir.stale", referral.version());
    }
    String current = fhirTasks.json(referral);
    JsonObject before = Json.createReader(new StringReader(current)).readObject();
    FhirReferrals.TaskChange change = fhir.change(before, edit.apply(before));
    intake.changeStatus(id, step(referral.status(), change, ifMatch));
  }

  /** The intake step a Task change stands for. */
  private static StatusRequest step(
      ReferralStatus now, FhirReferrals.TaskChange change, long version) {
    String outcome = change.outcome();
    ReferralStatus to;
    if (change.businessStatus() != null) {
      to = Choices.one("businessStatus", change.businessStatus(), ReferralStatus.class);
    } else if (change.status() == null) {
      throw new UnprocessableException("status", "error.fhir.noStep");
    } else {
      to =
          switch (change.status()) {
            case "completed" -> ReferralStatus.CLOSED;
            case "rejected" -> ReferralStatus.CLOSED;
            case "accepted", "in-progress" -> {
              if (now != ReferralStatus.RECEIVED) {
                throw new UnprocessableException("status", "error.fhir.status", change.status());
              }
              yield ReferralStatus.SEEKING_CONTACT;
            }
            default ->
                throw new UnprocessableException("status", "error.fhir.status", change.status());
          };
      if (change.status().equals("rejected")) {
        outcome = Outcome.DECLINED.name();
      }
    }
    if (change.status() != null
        && change.businessStatus() != null
        && !to.fhirCode().equals(change.status())) {
      throw new UnprocessableException("status", "error.fhir.status", change.status());
    }
    return new StatusRequest(
        to.name(), outcome, change.declineReason(), null, null, change.note(), version);
  }

  /**
   * One page of the gemeente's Tasks as a FHIR searchset Bundle: {@code total} counts every match,
   * {@code next} (built by {@code nextLink} from where this page ends) is there when more follow.
   * Each Task returned is audited, as a read is. Gemeente staff and systems only.
   */
  @RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
  public String fhirSearch(
      FhirSearch search, String selfLink, Function<TaskFilter.Cursor, String> nextLink) {
    TaskFilter filter = search.filter(caller.gemeenteId());
    List<Referral> found = referrals.tasks(filter, search.after(), search.count() + 1);
    boolean more = found.size() > search.count();
    List<Referral> page = more ? found.subList(0, search.count()) : found;
    Optional<Gemeente> gemeente = gemeenten.find(caller.gemeenteId());
    List<FhirReferrals.TaskSource> tasks = new ArrayList<>();
    for (Referral referral : page) {
      access.audit(referral, AuditAction.VIEW, "fhir-search");
      tasks.add(fhirTasks.source(referral, gemeente));
    }
    String next = null;
    if (more && !page.isEmpty()) {
      Referral last = page.get(page.size() - 1);
      next = nextLink.apply(new TaskFilter.Cursor(last.updatedAt(), last.id()));
    }
    return fhir.searchsetJson(tasks, referrals.countTasks(filter), selfLink, next);
  }

  /**
   * The FHIR CapabilityStatement of this server; it holds no data, so anyone logged in reads it.
   */
  @PermitAll
  public String fhirCapabilities(String baseUrl) {
    return fhir.capabilityJson(baseUrl);
  }

  /** A Task in FHIR JSON and its version (for {@code ETag}). */
  public record FhirTask(String json, long version) {}

  /** Erases the patient's data on their request (AVG); the counts stay. Coordinators only. */
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public ReferralView erase(long id) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    if (referral.erasedAt() == null) {
      retention.erase(referral, clock.instant());
      access.audit(referral, AuditAction.ERASE, "request");
    }
    return access.view(referral, Side.GEMEENTE);
  }

  /**
   * Everything the gemeente holds about the patient of one referral, for a request to see it (AVG
   * right of access): the referral with its contact details, steps and contact attempts, and the
   * audit log. The export itself is logged. Coordinators only.
   */
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public PatientDataExport export(long id) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    ReferralView view = access.view(referral, Side.GEMEENTE);
    access.audit(referral, AuditAction.EXPORT, "request");
    return new PatientDataExport(
        clock.instant(), view, referrals.audit(referral.id()).stream().map(AuditView::of).toList());
  }

  @RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
  public List<AuditView> audit(long id) {
    Referral referral = access.findAs(id, Side.GEMEENTE);
    return referrals.audit(referral.id()).stream().map(AuditView::of).toList();
  }

  private Praktijk ownPraktijk() {
    Long id = caller.praktijkId();
    return praktijken.find(id == null ? -1 : id).orElseThrow(AccessDeniedException::new);
  }

  private Gemeente gemeente(Long gemeenteId, Praktijk praktijk) {
    if (gemeenteId == null) {
      return praktijk.gemeente();
    }
    return gemeenten
        .find(gemeenteId)
        .orElseThrow(() -> new InvalidInputException("gemeenteId", "validation.gemeente.unknown"));
  }

  /** The printed card's code when the referral was filled in on one, else a new code. */
  private ReferenceCode reference(String text, Praktijk praktijk) {
    if (text == null || text.isBlank()) {
      return ReferenceCode.generate();
    }
    ReferenceCode code = ReferenceCode.parse(text);
    PrintedCard card =
        printedCards
            .find(code)
            .filter(c -> c.praktijkId() == praktijk.id())
            .orElseThrow(
                () -> new InvalidInputException("reference", "validation.reference.unknown"));
    if (referrals.findByReference(card.reference()).isPresent()) {
      throw new ConflictException("reference", "error.referral.duplicate");
    }
    return code;
  }
}
