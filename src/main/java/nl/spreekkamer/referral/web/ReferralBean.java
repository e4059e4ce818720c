package nl.spreekkamer.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.spreekkamer.platform.errors.DomainException;
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

/**
 * One referral for the intake worker: the patient's details, pick up, the next step, contact
 * attempts and feedback. Every change names the version shown, so a colleague's change in between
 * is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ReferralBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "referralForm";

  @Inject ReferralService referrals;
  @Inject IntakeService intake;
  @Inject FacesSupport faces;

  private Long id;
  private ReferralView referral;
  private Long assignTo;

  private String nextStatus;
  private String outcome;
  private String declineReason;
  private String plannedAt;
  private String plannedPlace;
  private String note;

  private String channel = ContactChannel.PHONE.name();
  private String result;
  private String attemptedAt;
  private String attemptNote;

  private String feedback;

  /** Loads the referral named in the address (f:viewAction). */
  public void load() {
    if (id == null) {
      faces.error("notFound.referral", "");
      return;
    }
    try {
      referral = referrals.get(id);
      feedback = referral.feedback();
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public void pickUp() {
    act(() -> intake.assign(id, assignTo, referral.version()), "referral.saved.assigned");
  }

  public void changeStatus() {
    act(
        () ->
            intake.changeStatus(
                id,
                new StatusRequest(
                    nextStatus,
                    outcome,
                    declineReason,
                    plannedAt,
                    plannedPlace,
                    note,
                    referral.version())),
        "referral.saved.status");
    if (!faces.validationFailed()) {
      nextStatus = null;
      outcome = null;
      declineReason = null;
      note = null;
    }
  }

  public void addAttempt() {
    act(
        () -> intake.addAttempt(id, new AttemptRequest(channel, result, attemptedAt, attemptNote)),
        "referral.saved.attempt");
    if (!faces.validationFailed()) {
      result = null;
      attemptedAt = null;
      attemptNote = null;
    }
  }

  public void saveFeedback() {
    act(
        () -> intake.giveFeedback(id, new FeedbackRequest(feedback, referral.version())),
        "referral.saved.feedback");
  }

  private void act(java.util.function.Supplier<ReferralView> action, String savedKey) {
    try {
      referral = action.get();
      faces.info(savedKey);
    } catch (DomainException e) {
      faces.error(FORM, e);
    }
  }

  public List<String> getNextStatuses() {
    return referral == null
        ? List.of()
        : referral.status().next().stream().map(Enum::name).toList();
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
    return intake.colleagues();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public String getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(String plannedAt) {
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
