package nl.spreekkamer.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.ConversationLocation;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.pdf.PdfPreview;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.platform.web.PublicAddress;
import nl.spreekkamer.referral.domain.CardDetails;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.CardOrigin;
import nl.spreekkamer.referral.domain.ConsentText;
import nl.spreekkamer.referral.domain.PrintedCard;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.infrastructure.CardDocument;
import nl.spreekkamer.referral.infrastructure.CardDocument.CardToPrint;

/**
 * Prints referral cards for the user's own practice: one filled-in card, a preview, or a stack of
 * blank personalised cards. Every printed card is recorded, without patient data.
 */
@Stateless
@RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
public class CardService {
  static final String CARD_PAGE = "/kaart.xhtml?code=";

  @Inject Caller caller;
  @Inject AccountRepository accounts;
  @Inject GemeenteRepository gemeenten;
  @Inject PrintedCardRepository printed;
  @Inject CardDocument document;
  @Inject PublicAddress address;
  @Inject ConsentText consent;
  @Inject Clock clock;
  @Inject ReferralService referrals;

  public PrintedPdf print(CardRequest request, CardLayout layout) {
    CardOrigin origin = origin(request.praktijkId(), request.gemeenteId());
    CardDetails details = details(request, origin);
    ReferenceCode reference = ReferenceCode.generate();
    byte[] pdf = document.render(List.of(toPrint(details, origin, reference, false)), layout);
    record(origin, List.of(reference), details.hasPatientData(), false);
    return new PrintedPdf(pdf, List.of(reference));
  }

  /**
   * Prints the card and sends it to the meldpunt as a referral with the card's reference code, in
   * one transaction: when the referral is refused (no way to reach the patient, say), no card is
   * recorded either, and the caller prints nothing.
   */
  public PrintedReferral printAndRefer(CardRequest card, CardLayout layout, CardReferral referral) {
    PrintedPdf printed = print(card, layout);
    List<String> categories = card.categories() == null ? List.of() : card.categories();
    ReferralView sent =
        referrals.create(
            new ReferralRequest(
                card.patientName(),
                card.phone(),
                card.email(),
                card.contactPreference(),
                card.callTimes(),
                categories.isEmpty() ? null : categories.get(0),
                card.urgency(),
                card.location(),
                referral.note(),
                card.gemeenteId(),
                printed.firstReference().value(),
                new ReferralRequest.ConsentRequest(
                    true, referral.feedbackConsent(), referral.consentVersion())));
    return new PrintedReferral(printed, sent.id(), sent.reference());
  }

  /** The front of the card as a PNG, marked as a preview; nothing is recorded. */
  public byte[] preview(CardRequest request) {
    CardOrigin origin = origin(request.praktijkId(), request.gemeenteId());
    CardDetails details = details(request, origin);
    byte[] pdf =
        document.render(
            List.of(toPrint(details, origin, ReferenceCode.generate(), true)), CardLayout.A6);
    return PdfPreview.png(pdf, 0, 110);
  }

  /** Blank cards, four per A4 sheet, each with a fresh reference code. */
  public PrintedPdf stack(StackRequest request) {
    int count = request.checkedCount();
    CardOrigin origin = origin(null, request.gemeenteId());
    CardDetails blank = CardDetails.blank(request.checkedLanguage());
    List<ReferenceCode> references = new ArrayList<>(count);
    List<CardToPrint> cards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ReferenceCode reference = ReferenceCode.generate();
      references.add(reference);
      cards.add(toPrint(blank, origin, reference, false));
    }
    byte[] pdf = document.render(cards, CardLayout.A4);
    record(origin, references, false, true);
    return new PrintedPdf(pdf, references);
  }

  /** The practice and employee that refer, the practice's gemeente, and all gemeenten. */
  public CardDefaults defaults() {
    CardOrigin origin = origin(null, null);
    return new CardDefaults(
        origin.praktijk().name(),
        origin.referrer(),
        origin.gemeente().id(),
        gemeenten.findAll().stream()
            .map(g -> new CardDefaults.GemeenteChoice(g.id(), g.name()))
            .toList(),
        consent.version(),
        Arrays.stream(CardLanguage.values())
            .collect(Collectors.toMap(CardLanguage::code, consent::in)));
  }

  /** The places for a first conversation that the chosen gemeente offers. */
  public List<String> locations(Long gemeenteId) {
    return origin(null, gemeenteId).gemeente().locations().stream()
        .map(ConversationLocation::description)
        .toList();
  }

  private CardDetails details(CardRequest request, CardOrigin origin) {
    List<String> offered =
        origin.gemeente().locations().stream().map(ConversationLocation::description).toList();
    return request.toDetails(offered, LocalDate.now(clock));
  }

  /**
   * The caller's practice and the chosen gemeente (the practice's own by default). A card is always
   * printed in the name of the caller's own practice.
   */
  private CardOrigin origin(Long praktijkId, Long gemeenteId) {
    Account account = accounts.find(caller.accountId()).orElseThrow(AccessDeniedException::new);
    Praktijk praktijk = account.praktijk();
    if (praktijk == null || (praktijkId != null && !praktijkId.equals(praktijk.id()))) {
      throw new AccessDeniedException();
    }
    Gemeente gemeente =
        gemeenteId == null
            ? praktijk.gemeente()
            : gemeenten
                .find(gemeenteId)
                .orElseThrow(
                    () -> new InvalidInputException("gemeenteId", "validation.gemeente.unknown"));
    return new CardOrigin(praktijk, account.displayName(), gemeente);
  }

  private CardToPrint toPrint(
      CardDetails details, CardOrigin origin, ReferenceCode reference, boolean preview) {
    return new CardToPrint(
        details, origin, reference, address.base() + CARD_PAGE + reference.value(), preview);
  }

  private void record(
      CardOrigin origin, List<ReferenceCode> references, boolean withPatientData, boolean inStack) {
    List<PrintedCard> cards =
        references.stream()
            .map(
                reference ->
                    new PrintedCard(
                        reference,
                        origin.praktijk().id(),
                        origin.gemeente().id(),
                        caller.accountId(),
                        clock.instant(),
                        withPatientData,
                        inStack))
            .toList();
    printed.addAll(cards);
  }
}
