package nl.spreekkamer.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.application.ReferralAccess.Side;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.CardLanguage;
import nl.spreekkamer.referral.domain.Consent;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.ContactResult;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.PatientContact;
import nl.spreekkamer.referral.domain.PrintedCard;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.SelfReferralConsent;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * Self-referral by card code: a patient who did not want their data sent calls the meldpunt with
 * the code on their card (filled in or from a blank stack). The intake worker checks the code,
 * records the patient's oral consent and enters the referral, which lands in the queue under the
 * practice that printed the card. Intake workers and coordinators only: consent is given to a
 * person.
 */
@Stateless
@RolesAllowed({Roles.GEMEENTE_INTAKE, Roles.GEMEENTE_COORDINATOR})
public class SelfReferralService {
  static final String FIELD = "cardCode";

  @Inject Caller caller;
  @Inject PrintedCardRepository printedCards;
  @Inject ReferralRepository referrals;
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject ReferralAccess access;
  @Inject SelfReferralConsent consentText;
  @Inject Event<ReferralReceived> received;
  @Inject Clock clock;

  /**
   * The card behind a code, if a self-referral may be made with it: printed with this gemeente's
   * meldpunt on it and not used for a referral yet. Otherwise a refusal that says why: the code is
   * not a card code (400), no card has it (422), it is another gemeente's card (422), or a referral
   * was already made with it (409).
   */
  public CardCheck check(String code) {
    PrintedCard card = usableCard(code);
    return new CardCheck(
        card.reference().value(),
        praktijk(card).name(),
        LocalDate.ofInstant(card.printedAt(), ClockProducer.ZONE),
        !card.withPatientData());
  }

  /** The consent text to read out (Dutch unless {@code language} is en), and its version. */
  public Script script(String language) {
    return new Script(consentText.version(), consentText.text().in(CardLanguage.of(language)));
  }

  /** What the worker reads out, and the version to send with the consent. */
  public record Script(String version, String text) implements java.io.Serializable {}

  public ReferralView create(SelfReferralRequest request) {
    Checks.body(request);
    PrintedCard card = usableCard(request.cardCode());
    ReferralRequest.ConsentRequest consent = request.consent();
    if (consent == null) {
      throw new InvalidInputException("consent.share", "validation.consent.oral");
    }
    if (!Boolean.TRUE.equals(consent.share())) {
      throw new InvalidInputException("consent.share", "validation.consent.oral");
    }
    Consent given =
        Consent.given(
            true,
            Boolean.TRUE.equals(consent.feedback()),
            consent.textVersion(),
            consentText.version(),
            caller.accountId(),
            clock.instant());
    Referral referral =
        Referral.selfReferral(
            card.reference(),
            card.praktijkId(),
            card.printedBy(),
            card.gemeenteId(),
            new PatientContact(
                request.patientName(),
                request.phone(),
                request.email(),
                Choices.optional(
                    "contactPreference", request.contactPreference(), ContactPreference.class),
                request.callTimes()),
            Choices.optional("category", request.category(), HelpCategory.class),
            Choices.set("urgency", request.urgency(), UrgencySignal.class, Set.of()),
            request.note(),
            given,
            clock.instant());
    referrals.add(referral);
    access.audit(referral, AuditAction.CREATE, "self-referral");
    pickUp(referral, Choices.optional("channel", request.channel(), ContactChannel.class));
    received.fire(
        new ReferralReceived(
            referral.id(), card.gemeenteId(), referral.reference().value(), referral.urgency()));
    return access.view(referral, Side.GEMEENTE);
  }

  /**
   * The worker who enters the referral is the one the patient is in touch with: it is theirs, and
   * the call (or mail) is the first contact, so the norm to first contact is met and the next step
   * is planning the first conversation.
   */
  private void pickUp(Referral referral, ContactChannel channel) {
    long worker = caller.accountId();
    Instant now = clock.instant();
    referral.assignTo(worker, worker, now).ifPresent(referrals::addChange);
    referrals.addAttempt(
        new ContactAttempt(
            referral.id(),
            channel == null ? ContactChannel.PHONE : channel,
            ContactResult.REACHED,
            now,
            null,
            worker,
            now));
    referral.recordAttempt(ContactResult.REACHED, worker, now).ifPresent(referrals::addChange);
    access.audit(referral, AuditAction.ASSIGN, String.valueOf(worker));
  }

  private PrintedCard usableCard(String code) {
    ReferenceCode reference = ReferenceCode.read(FIELD, code);
    PrintedCard card =
        printedCards
            .find(reference)
            .orElseThrow(() -> new UnprocessableException(FIELD, "validation.cardCode.unknown"));
    if (caller.gemeenteId() == null || card.gemeenteId() != caller.gemeenteId()) {
      throw new UnprocessableException(
          FIELD,
          "validation.cardCode.otherGemeente",
          gemeenten.find(card.gemeenteId()).map(Gemeente::name).orElse(""));
    }
    if (referrals.findByReference(reference).isPresent()) {
      throw new ConflictException(FIELD, "error.cardCode.used");
    }
    return card;
  }

  private Praktijk praktijk(PrintedCard card) {
    return praktijken.find(card.praktijkId()).orElseThrow(IllegalStateException::new);
  }
}
