package nl.spreekkamer.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.platform.api.Downloads;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.LetterRequest;
import org.primefaces.model.StreamedContent;

/**
 * On the intake worker's referral page: the invitation letter for the first conversation (PDF), and
 * handing the referral over to the gemeente the patient moved to.
 */
@Named
@ViewScoped
public class HandOverBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReferralBean page;
  @Inject IntakeService intake;
  @Inject GemeenteService gemeenten;
  @Inject FacesSupport faces;

  private LocalDateTime appointmentAt;
  private String place;
  private String contact1;
  private String contact2;
  private String language = "nl";

  private Long gemeenteId;
  private String transferNote;
  private boolean transferred;

  /** The letter as a PDF download; a refused field is shown next to it. */
  public StreamedContent getLetter() {
    try {
      byte[] pdf =
          intake.letter(
              page.getId(),
              new LetterRequest(
                  appointmentAt == null ? null : appointmentAt.toString(),
                  place,
                  contact1,
                  contact2,
                  language));
      return faces.download(pdf, "uitnodiging-" + page.getId() + ".pdf", Downloads.PDF);
    } catch (DomainException e) {
      faces.error("referralForm", e);
      return null;
    }
  }

  /** Hands the referral over; after that it is no longer in this gemeente's queue. */
  public void transfer() {
    try {
      intake.transfer(page.getId(), gemeenteId, transferNote, page.getReferral().version());
      transferred = true;
      faces.info("referral.transferred");
    } catch (InvalidInputException e) {
      // the hand-over's note has its own field on this page
      faces.error(
          "referralForm",
          "note".equals(e.field())
              ? new InvalidInputException("transferNote", e.messageKey(), e.arguments())
              : e);
    } catch (DomainException e) {
      faces.error("referralForm", e);
    }
  }

  /** Every other gemeente, by name. */
  public List<GemeenteView> getOtherGemeenten() {
    return gemeenten.list().stream()
        .filter(g -> page.getReferral() == null || g.id() != page.getReferral().gemeenteId())
        .sorted(Comparator.comparing(GemeenteView::name))
        .toList();
  }

  public boolean isTransferred() {
    return transferred;
  }

  public LocalDateTime getAppointmentAt() {
    return appointmentAt;
  }

  public void setAppointmentAt(LocalDateTime appointmentAt) {
    this.appointmentAt = appointmentAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getContact1() {
    return contact1;
  }

  public void setContact1(String contact1) {
    this.contact1 = contact1;
  }

  public String getContact2() {
    return contact2;
  }

  public void setContact2(String contact2) {
    this.contact2 = contact2;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
  }

  public String getTransferNote() {
    return transferNote;
  }

  public void setTransferNote(String transferNote) {
    this.transferNote = transferNote;
  }
}
