package nl.spreekkamer.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.referral.application.CardCheck;
import nl.spreekkamer.referral.application.ReferralRequest;
import nl.spreekkamer.referral.application.ReferralView;
import nl.spreekkamer.referral.application.SelfReferralRequest;
import nl.spreekkamer.referral.application.SelfReferralService;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * The intake worker on the phone with a patient who has the code of their referral card: check the
 * code (the practice that printed it is shown to confirm with the patient), write down how to reach
 * them and what it is about, read out the consent and save. The referral is then the worker's, with
 * contact made, and the page moves on to it.
 */
@Named
@ViewScoped
public class SelfReferralBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "selfReferralForm";

  @Inject SelfReferralService selfReferrals;
  @Inject FacesSupport faces;

  private String cardCode;
  private CardCheck card;
  private String patientName;
  private String phone;
  private String email;
  private String contactPreference;
  private String callTimes;
  private String category;
  private List<String> urgency = new ArrayList<>();
  private String note;
  private String channel = ContactChannel.PHONE.name();
  private boolean consentGiven;
  private boolean feedbackConsent;
  private SelfReferralService.Script script;

  /** Checks the code as soon as it is typed, so the worker can confirm the practice at once. */
  public void checkCode() {
    card = null;
    try {
      card = selfReferrals.check(cardCode);
      cardCode = card.cardCode();
    } catch (DomainException e) {
      faces.error(FORM, e);
    }
  }

  /** Saves the referral and opens it, with a message that says what comes next. */
  public String save() {
    if (!consentGiven) {
      faces.error(FORM, new InvalidInputException("consentGiven", "validation.consent.oral"));
      return null;
    }
    try {
      ReferralView saved =
          selfReferrals.create(
              new SelfReferralRequest(
                  cardCode,
                  patientName,
                  phone,
                  email,
                  contactPreference,
                  callTimes,
                  category,
                  urgency,
                  note,
                  channel,
                  new ReferralRequest.ConsentRequest(
                      true, feedbackConsent, getScript().version())));
      return "/intake/verwijzing?faces-redirect=true&zelfmelding=true&id=" + saved.id();
    } catch (DomainException e) {
      faces.error(FORM, e);
      return null;
    }
  }

  public SelfReferralService.Script getScript() {
    if (script == null) {
      script = selfReferrals.script(faces.locale().getLanguage());
    }
    return script;
  }

  public List<String> getCategoryOptions() {
    return names(HelpCategory.values());
  }

  public List<String> getUrgencyOptions() {
    return names(UrgencySignal.values());
  }

  public List<String> getContactOptions() {
    return names(ContactPreference.values());
  }

  /** The ways a patient gets in touch by themselves. */
  public List<String> getChannelOptions() {
    return List.of(ContactChannel.PHONE.name(), ContactChannel.EMAIL.name());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  public CardCheck getCard() {
    return card;
  }

  public String getCardCode() {
    return cardCode;
  }

  public void setCardCode(String cardCode) {
    this.cardCode = cardCode;
  }

  public String getPatientName() {
    return patientName;
  }

  public void setPatientName(String patientName) {
    this.patientName = patientName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getContactPreference() {
    return contactPreference;
  }

  public void setContactPreference(String contactPreference) {
    this.contactPreference = contactPreference;
  }

  public String getCallTimes() {
    return callTimes;
  }

  public void setCallTimes(String callTimes) {
    this.callTimes = callTimes;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getUrgency() {
    return urgency;
  }

  public void setUrgency(List<String> urgency) {
    this.urgency = urgency == null ? new ArrayList<>() : urgency;
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

  public boolean isConsentGiven() {
    return consentGiven;
  }

  public void setConsentGiven(boolean consentGiven) {
    this.consentGiven = consentGiven;
  }

  public boolean isFeedbackConsent() {
    return feedbackConsent;
  }

  public void setFeedbackConsent(boolean feedbackConsent) {
    this.feedbackConsent = feedbackConsent;
  }
}
