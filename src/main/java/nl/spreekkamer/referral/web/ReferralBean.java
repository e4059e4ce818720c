package nl.spreekkamer.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.referral.application.AttemptRequest;
import nl.spreekkamer.referral.application.FeedbackRequest;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.ReferralService;
import nl.spreekkamer.referral.application.ReferralView;
import nl.spreekkamer.referral.application.StatusRequest;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactResult;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.ReferralStatus;
import org.primefaces.PrimeFaces;

/**
 * One referral for the intake worker, as a guided flow: pick it up, log the calls (one that reaches
 * the patient makes contact), plan the first conversation, tell the practice. Each step confirms
 * itself in the section that comes next and puts the cursor there. Every change names the version
 * shown, so a colleague's change in between is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ReferralBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "referralForm";
  private static final Set<ReferralStatus> BEFORE_CONTACT =
      EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.SEEKING_CONTACT);
  private static final Set<ReferralStatus> TO_PLAN =
      EnumSet.of(ReferralStatus.CONTACT_MADE, ReferralStatus.CONVERSATION_PLANNED);

  @Inject ReferralService referrals;
  @Inject IntakeService intake;
  @Inject FacesSupport faces;

  private Long id;
  private boolean justSelfReferred;
  private ReferralView referral;
  private Long assignTo;

  private String nextStatus;
  private String outcome;
  private String declineReason;
  private LocalDateTime plannedAt;
  private String plannedPlace;
  private String note;

  private String channel = ContactChannel.PHONE.name();
  private String result;
  private String attemptedAt;
  private String attemptNote;

  private String feedback;
  private List<IntakeService.Colleague> colleagues;

  /** Loads the referral named in the address (f:viewAction). */
  public void load() {
    if (id == null) {
      faces.error("notFound.referral", "");
      return;
    }
    try {
      referral = referrals.get(id);
      feedback = referral.feedback();
      plannedPlace =
          referral.plannedPlace() != null ? referral.plannedPlace() : referral.location();
      if (referral.plannedAt() != null) {
        plannedAt = LocalDateTime.ofInstant(referral.plannedAt(), ClockProducer.ZONE);
      }
      if (justSelfReferred && referral.selfReferral() && isToPlan()) {
        faces.infoAt(FORM + ":planPanel", "selfReferral.saved");
      }
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  /** The worker takes the referral on; next comes calling the patient. */
  public void pickUp() {
    assignTo = null;
    assign();
  }

  /** Gives the referral to the colleague chosen (or takes it, when none is chosen). */
  public void assign() {
    if (act(() -> intake.assign(id, assignTo, referral.version()))) {
      done("contactPanel", "referral.saved.assigned", "attemptNote");
    }
  }

  /** Logs a call or message with its result; one that reached the patient makes contact. */
  public void logAttempt(String result) {
    this.result = result;
    boolean wasBeforeContact = BEFORE_CONTACT.contains(referral.status());
    if (act(
        () -> {
          try {
            return intake.addAttempt(
                id, new AttemptRequest(channel, result, attemptedAt, attemptNote));
          } catch (InvalidInputException e) {
            // the attempt's note has its own field on this page
            throw "note".equals(e.field())
                ? new InvalidInputException("attemptNote", e.messageKey(), e.arguments())
                : e;
          }
        })) {
      this.result = null;
      attemptedAt = null;
      attemptNote = null;
      if (wasBeforeContact && referral.status() == ReferralStatus.CONTACT_MADE) {
        done("planPanel", "referral.saved.reached", "plannedAt");
      } else {
        done("contactPanel", "referral.saved.attempt", "attemptNote");
      }
    }
  }

  /** Plans (or moves) the first conversation and offers the practice a short message about it. */
  public void planConversation() {
    String at = plannedAt == null ? null : plannedAt.toString();
    if (act(
        () ->
            intake.changeStatus(
                id,
                new StatusRequest(
                    ReferralStatus.CONVERSATION_PLANNED.name(),
                    null,
                    null,
                    at,
                    plannedPlace,
                    null,
                    referral.version())))) {
      if (referral.feedbackConsented() && referral.status().isOpen()) {
        feedback =
            faces.text(
                "referral.feedback.suggestion.planned",
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", faces.locale())
                    .format(plannedAt));
        done("feedbackPanel", "referral.saved.plannedFeedback", "feedback");
      } else {
        done("planPanel", "referral.saved.planned", null);
      }
    }
  }

  /** Any other step: help accepted, referred elsewhere, closing with an outcome. */
  public void changeStatus() {
    if (act(
        () ->
            intake.changeStatus(
                id,
                new StatusRequest(
                    nextStatus, outcome, declineReason, null, null, note, referral.version())))) {
      nextStatus = null;
      outcome = null;
      declineReason = null;
      note = null;
      done("stepPanel", "referral.saved.status", null);
    }
  }

  public void saveFeedback() {
    if (act(() -> intake.giveFeedback(id, new FeedbackRequest(feedback, referral.version())))) {
      done("feedbackPanel", "referral.saved.feedback", null);
    }
  }

  /** Runs a change; a refused one is shown at its field and the view keeps what was typed. */
  private boolean act(Supplier<ReferralView> action) {
    try {
      referral = action.get();
      return true;
    } catch (DomainException e) {
      faces.error(FORM, e);
      return false;
    }
  }

  /** Confirms a step in the section where the work goes on, with the cursor in its first field. */
  private void done(String panel, String key, String focus) {
    faces.infoAt(FORM + ":" + panel, key);
    if (focus != null) {
      PrimeFaces.current().focus(FORM + ":" + focus);
    }
  }

  /** Whether nobody handles the referral yet. */
  public boolean isToPickUp() {
    return referral != null && referral.status().isOpen() && referral.assignedTo() == null;
  }

  /** Whether the patient still has to be reached. */
  public boolean isBeforeContact() {
    return referral != null && BEFORE_CONTACT.contains(referral.status());
  }

  /** Whether the first conversation is to be planned (or moved). */
  public boolean isToPlan() {
    return referral != null && TO_PLAN.contains(referral.status());
  }

  /** The name of the colleague who handles the referral, or null. */
  public String getAssigneeName() {
    if (referral == null || referral.assignedTo() == null) {
      return null;
    }
    return getColleagues().stream()
        .filter(c -> c.id() == referral.assignedTo())
        .map(IntakeService.Colleague::name)
        .findFirst()
        .orElse("#" + referral.assignedTo());
  }

  public List<String> getNextStatuses() {
    return referral == null
        ? List.of()
        : referral.status().next().stream()
            .filter(next -> next != ReferralStatus.CONVERSATION_PLANNED)
            .map(Enum::name)
            .toList();
  }

  public List<String> getOutcomes() {
    return Arrays.stream(Outcome.values()).map(Enum::name).toList();
  }

  public List<String> getDeclineReasons() {
    return Arrays.stream(DeclineReason.values()).map(Enum::name).toList();
  }

  public List<String> getChannels() {
    return Arrays.stream(ContactChannel.values()).map(Enum::name).toList();
  }

  public List<String> getResults() {
    return Arrays.stream(ContactResult.values()).map(Enum::name).toList();
  }

  public List<IntakeService.Colleague> getColleagues() {
    if (colleagues == null) {
      colleagues = intake.colleagues();
    }
    return colleagues;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Opened right after entering a self-referral ({@code ?zelfmelding=true}): say what is next. */
  public boolean isJustSelfReferred() {
    return justSelfReferred;
  }

  public void setJustSelfReferred(boolean justSelfReferred) {
    this.justSelfReferred = justSelfReferred;
  }

  public ReferralView getReferral() {
    return referral;
  }

  public Long getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(Long assignTo) {
    this.assignTo = assignTo;
  }

  public String getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(String nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public LocalDateTime getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(LocalDateTime plannedAt) {
    this.plannedAt = plannedAt;
  }

  public String getPlannedPlace() {
    return plannedPlace;
  }

  public void setPlannedPlace(String plannedPlace) {
    this.plannedPlace = plannedPlace;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getAttemptedAt() {
    return attemptedAt;
  }

  public void setAttemptedAt(String attemptedAt) {
    this.attemptedAt = attemptedAt;
  }

  public String getAttemptNote() {
    return attemptNote;
  }

  public void setAttemptNote(String attemptNote) {
    this.attemptNote = attemptNote;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }
}
