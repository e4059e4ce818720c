package nl.spreekkamer.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.referral.application.CardDefaults;
import nl.spreekkamer.referral.application.CardLayout;
import nl.spreekkamer.referral.application.CardReferral;
import nl.spreekkamer.referral.application.CardRequest;
import nl.spreekkamer.referral.application.CardService;
import nl.spreekkamer.referral.application.PrintedPdf;
import nl.spreekkamer.referral.application.PrintedReferral;
import nl.spreekkamer.referral.application.StackRequest;
import nl.spreekkamer.referral.domain.BringItem;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.UrgencySignal;
import org.primefaces.model.StreamedContent;

/**
 * The referral-card page: fill in, preview, then one action that prints the card (A6, or four per
 * A4) and, with the patient's consent, sends it to the meldpunt; and stacks of blank cards.
 */
@Named
@ViewScoped
public class CardBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "cardForm";
  private static final String PDF = "application/pdf";

  @Inject CardService cards;
  @Inject FacesSupport faces;

  private CardDefaults defaults;
  private List<String> locations = List.of();

  private Long gemeenteId;
  private String language = "nl";
  private String patientName;
  private LocalDate date;
  private List<String> categories = new ArrayList<>();
  private List<String> urgency = new ArrayList<>();
  private String location;
  private String contactPreference;
  private String phone;
  private String email;
  private String callTimes;
  private List<String> bring = new ArrayList<>(names(BringItem.values()));
  private boolean consentGiven;
  private String preview;
  private CardLayout layout = CardLayout.A6;
  private byte[] ready;
  private String printedReference;
  private boolean feedbackConsent = true;
  private String note;
  private String sentReference;

  private int stackCount = 40;
  private String stackLanguage = "nl";

  @PostConstruct
  void load() {
    defaults = cards.defaults();
    gemeenteId = defaults.gemeenteId();
    gemeenteChanged();
  }

  public void gemeenteChanged() {
    locations = cards.locations(gemeenteId);
    if (location != null && !locations.contains(location)) {
      location = null;
    }
    preview = null;
  }

  public void showPreview() {
    try {
      preview =
          "data:image/png;base64," + Base64.getEncoder().encodeToString(cards.preview(request()));
    } catch (DomainException e) {
      preview = null;
      faces.error(FORM, e);
    }
  }

  /**
   * The one final action: prints the card and, when the patient consents, sends it to the meldpunt
   * with the same reference code ("Afdrukken en doorsturen"); without consent it only prints. The
   * PDF is kept for the download that the page starts at once (and offers again as a link).
   */
  public void printCard() {
    ready = null;
    sentReference = null;
    if (consentGiven && !completeForReferral()) {
      return;
    }
    try {
      PrintedPdf printed;
      if (consentGiven) {
        PrintedReferral sent =
            cards.printAndRefer(
                request(),
                layout,
                new CardReferral(note, feedbackConsent, defaults.consentVersion()));
        printed = sent.printed();
        sentReference = sent.reference();
      } else {
        printed = cards.print(request(), layout);
      }
      ready = printed.pdf();
      printedReference = printed.firstReference().value();
      faces.startDownload(FORM + ":download");
    } catch (DomainException e) {
      faces.error(FORM, e);
    }
  }

  /** The card just printed, for the download the page starts after {@link #printCard()}. */
  public StreamedContent getDownload() {
    return ready == null
        ? null
        : faces.download(ready, "verwijskaart-" + printedReference + ".pdf", PDF);
  }

  public StreamedContent getStack() {
    try {
      PrintedPdf printed = cards.stack(new StackRequest(stackCount, stackLanguage, null));
      return faces.download(
          printed.pdf(), "verwijskaarten-" + printed.references().size() + ".pdf", PDF);
    } catch (DomainException e) {
      faces.error("stackForm", e);
      return null;
    }
  }

  /**
   * What the meldpunt needs to reach the patient, all checked at once so every missing field gets
   * its message in one go: a name, what it is about and a phone number or e-mail address.
   */
  private boolean completeForReferral() {
    boolean complete = true;
    if (isBlank(patientName)) {
      faces.error(FORM, new InvalidInputException("patientName", "validation.card.name"));
      complete = false;
    }
    if (categories == null || categories.isEmpty()) {
      faces.error(FORM, new InvalidInputException("categories", "validation.card.category"));
      complete = false;
    }
    if (isBlank(phone) && isBlank(email)) {
      faces.error(FORM, new InvalidInputException("phone", "validation.referral.reachable"));
      complete = false;
    }
    return complete;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private CardRequest request() {
    return new CardRequest(
        null,
        gemeenteId,
        language,
        patientName,
        date == null ? null : date.toString(),
        categories,
        urgency,
        location,
        contactPreference,
        phone,
        email,
        callTimes,
        bring,
        consentGiven);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
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

  public List<String> getBringOptions() {
    return names(BringItem.values());
  }

  public int getMaxStack() {
    return StackRequest.MAX_COUNT;
  }

  public CardDefaults getDefaults() {
    return defaults;
  }

  public List<String> getLocations() {
    return locations;
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getPatientName() {
    return patientName;
  }

  public void setPatientName(String patientName) {
    this.patientName = patientName;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public List<String> getUrgency() {
    return urgency;
  }

  public void setUrgency(List<String> urgency) {
    this.urgency = urgency;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getContactPreference() {
    return contactPreference;
  }

  public void setContactPreference(String contactPreference) {
    this.contactPreference = contactPreference;
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

  public String getCallTimes() {
    return callTimes;
  }

  public void setCallTimes(String callTimes) {
    this.callTimes = callTimes;
  }

  public List<String> getBring() {
    return bring;
  }

  public void setBring(List<String> bring) {
    this.bring = bring;
  }

  public boolean isConsentGiven() {
    return consentGiven;
  }

  public void setConsentGiven(boolean consentGiven) {
    this.consentGiven = consentGiven;
  }

  public String getPreview() {
    return preview;
  }

  public String getPrintedReference() {
    return printedReference;
  }

  public boolean isReady() {
    return ready != null;
  }

  public CardLayout getLayout() {
    return layout;
  }

  public void setLayout(CardLayout layout) {
    this.layout = layout;
  }

  public CardLayout[] getLayouts() {
    return CardLayout.values();
  }

  public String getSentReference() {
    return sentReference;
  }

  public boolean isFeedbackConsent() {
    return feedbackConsent;
  }

  public void setFeedbackConsent(boolean feedbackConsent) {
    this.feedbackConsent = feedbackConsent;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getStackCount() {
    return stackCount;
  }

  public void setStackCount(int stackCount) {
    this.stackCount = stackCount;
  }

  public String getStackLanguage() {
    return stackLanguage;
  }

  public void setStackLanguage(String stackLanguage) {
    this.stackLanguage = stackLanguage;
  }
}
