package nl.spreekkamer.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The referral's life cycle rules, without a database. */
class ReferralTest {
  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  static Referral referral() {
    Referral referral =
        new Referral(
            ReferenceCode.generate(),
            1,
            2,
            3,
            new PatientContact("Jan Smit", "06 12 34 56 78", null, null, null),
            HelpCategory.DEBTS,
            Set.of(UrgencySignal.GARNISHMENT),
            null,
            null,
            Consent.given(true, true, "v1", "v1", 2, NOW),
            NOW);
    try {
      Field id = Referral.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(referral, 42L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return referral;
  }

  static StatusStep to(ReferralStatus status) {
    return new StatusStep(status, null, null, null, null, null);
  }

  /** Brings a fresh referral to the given status along the allowed path. */
  static Referral at(ReferralStatus status) {
    Referral referral = referral();
    if (status == ReferralStatus.RECEIVED) {
      return referral;
    }
    if (status == ReferralStatus.WITHDRAWN) {
      referral.withdraw(2, NOW);
      return referral;
    }
    referral.moveTo(to(ReferralStatus.SEEKING_CONTACT), 0, 5, NOW);
    switch (status) {
      case SEEKING_CONTACT -> {}
      case CONTACT_MADE -> referral.moveTo(to(status), 0, 5, NOW);
      case CONVERSATION_PLANNED, HELP_ACCEPTED, REFERRED_ELSEWHERE -> {
        referral.moveTo(to(ReferralStatus.CONTACT_MADE), 0, 5, NOW);
        referral.moveTo(
            new StatusStep(ReferralStatus.CONVERSATION_PLANNED, null, null, NOW, "Buurthuis", null),
            0,
            5,
            NOW);
        if (status != ReferralStatus.CONVERSATION_PLANNED) {
          referral.moveTo(to(status), 0, 5, NOW);
        }
      }
      case CLOSED ->
          referral.moveTo(
              new StatusStep(ReferralStatus.CLOSED, Outcome.NO_HELP_NEEDED, null, null, null, null),
              0,
              5,
              NOW);
      default -> throw new IllegalArgumentException(status.name());
    }
    return referral;
  }

  static Stream<Arguments> everyPair() {
    return Stream.of(ReferralStatus.values())
        .flatMap(from -> Stream.of(ReferralStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest
  @MethodSource("everyPair")
  void onlyTheListedStepsAreAllowed(ReferralStatus from, ReferralStatus to) {
    Referral referral = at(from);
    assertThat(referral.status()).isEqualTo(from);
    StatusStep step =
        new StatusStep(
            to,
            to == ReferralStatus.CLOSED ? Outcome.NO_HELP_NEEDED : null,
            null,
            NOW,
            "Thuis",
            null);
    if (from.next().contains(to)) {
      StatusChange change = referral.moveTo(step, 0, 5, NOW);
      assertThat(change.from()).isEqualTo(from);
      assertThat(referral.status()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> referral.moveTo(step, 0, 5, NOW))
          .isInstanceOf(ConflictException.class);
      assertThat(referral.status()).isEqualTo(from);
    }
  }

  @Test
  void closingNeedsAnOutcomeAndDeclinedNeedsAReason() {
    Referral referral = at(ReferralStatus.SEEKING_CONTACT);
    assertThatThrownBy(() -> referral.moveTo(to(ReferralStatus.CLOSED), 0, 5, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                referral.moveTo(
                    new StatusStep(ReferralStatus.CLOSED, Outcome.DECLINED, null, null, null, null),
                    0,
                    5,
                    NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                referral.moveTo(
                    new StatusStep(
                        ReferralStatus.CLOSED, Outcome.NOT_REACHED, null, null, null, null),
                    2,
                    5,
                    NOW))
        .as("fewer than three attempts")
        .isInstanceOf(InvalidInputException.class);
    referral.moveTo(
        new StatusStep(ReferralStatus.CLOSED, Outcome.NOT_REACHED, null, null, null, null),
        3,
        5,
        NOW);
    assertThat(referral.outcome()).isEqualTo(Outcome.NOT_REACHED);
    assertThat(referral.closedAt()).isEqualTo(NOW);
  }

  @Test
  void withdrawingIsOnlyPossibleBeforePickUp() {
    Referral picked = referral();
    picked.assignTo(7, 7, NOW);
    assertThat(picked.status()).isEqualTo(ReferralStatus.SEEKING_CONTACT);
    assertThatThrownBy(() -> picked.withdraw(2, NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void erasingKeepsTheCountsButNotThePerson() {
    Referral referral = at(ReferralStatus.CLOSED);
    referral.erasePersonalData(NOW);
    assertThat(referral.contact()).isNull();
    assertThat(referral.note()).isNull();
    assertThat(referral.category()).isEqualTo(HelpCategory.DEBTS);
    assertThat(referral.outcome()).isEqualTo(Outcome.NO_HELP_NEEDED);
  }

  @Test
  void aPatientWithoutPhoneOrEmailCannotBeReached() {
    assertThatThrownBy(() -> new PatientContact("Jan", null, " ", null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aCallThatReachesThePatientMeansContactIsMade() {
    Referral referral = at(ReferralStatus.SEEKING_CONTACT);
    StatusChange change = referral.recordAttempt(ContactResult.REACHED, 5, NOW).orElseThrow();
    assertThat(change.from()).isEqualTo(ReferralStatus.SEEKING_CONTACT);
    assertThat(referral.status()).isEqualTo(ReferralStatus.CONTACT_MADE);
    assertThat(referral.firstContactAt()).isEqualTo(NOW);
  }

  @Test
  void aFirstAttemptOnANewReferralMeansContactIsSought() {
    Referral referral = at(ReferralStatus.RECEIVED);
    assertThat(referral.recordAttempt(ContactResult.NO_ANSWER, 5, NOW)).isPresent();
    assertThat(referral.status()).isEqualTo(ReferralStatus.SEEKING_CONTACT);
    assertThat(referral.recordAttempt(ContactResult.VOICEMAIL_LEFT, 5, NOW))
        .as("a second unanswered call changes nothing")
        .isEmpty();
    assertThat(referral.status()).isEqualTo(ReferralStatus.SEEKING_CONTACT);
  }

  @Test
  void aLaterCallNeverMovesTheReferralBack() {
    Referral referral = at(ReferralStatus.CONVERSATION_PLANNED);
    assertThat(referral.recordAttempt(ContactResult.REACHED, 5, NOW)).isEmpty();
    assertThat(referral.status()).isEqualTo(ReferralStatus.CONVERSATION_PLANNED);
    assertThatThrownBy(() -> at(ReferralStatus.CLOSED).recordAttempt(ContactResult.REACHED, 5, NOW))
        .isInstanceOf(ConflictException.class);
  }
}
