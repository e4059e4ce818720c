package nl.spreekkamer.referral.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.referral.domain.Consent;
import nl.spreekkamer.referral.domain.ConsentText;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.ContactResult;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.PatientContact;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.StatusStep;
import nl.spreekkamer.referral.domain.UrgencySignal;

/**
 * Writes invented past referrals for the demo and the benchmarks, each worked the way a meldpunt
 * works them (not reached, declined, referred elsewhere, or a help programme), with the steps on
 * past days. A batch is one transaction, so a large history does not fill one persistence context.
 */
@Stateless
public class ReferralHistoryWriter {
  static final HelpCategory[] CATEGORIES = HelpCategory.values();
  static final DeclineReason[] REASONS = DeclineReason.values();

  @Inject ReferralRepository referrals;
  @Inject ConsentText consent;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(
      int first, int count, Account[] referrers, Account worker, Random random, Instant now) {
    for (int i = first; i < first + count; i++) {
      Account by = referrers[random.nextInt(referrers.length)];
      Instant created =
          now.minus(Duration.ofMinutes(60L * 24 * (1 + random.nextInt(364)) + random.nextInt(600)));
      boolean urgent = random.nextInt(10) == 0;
      boolean feedback = random.nextInt(5) != 0;
      Referral referral =
          new Referral(
              ReferenceCode.generate(),
              by.praktijk().id(),
              by.id(),
              by.praktijk().gemeente().id(),
              new PatientContact(
                  "Demo-patiënt " + (i + 1),
                  null,
                  "demo." + (i + 1) + "@voorbeeld.example",
                  ContactPreference.EMAIL,
                  null),
              CATEGORIES[random.nextInt(CATEGORIES.length)],
              urgent ? Set.of(UrgencySignal.EVICTION) : Set.of(),
              null,
              null,
              Consent.given(true, feedback, consent.version(), consent.version(), by.id(), created),
              created);
      referrals.add(referral);
      work(referral, worker.id(), created, urgent, feedback, random, now);
    }
  }

  private void work(
      Referral referral,
      long worker,
      Instant created,
      boolean urgent,
      boolean feedback,
      Random random,
      Instant now) {
    int path = random.nextInt(100);
    Instant picked = created.plus(Duration.ofHours(2 + random.nextInt(20)));
    if (picked.isAfter(now)) {
      return;
    }
    referral.assignTo(worker, worker, picked).ifPresent(referrals::addChange);
    Instant contact =
        created.plus(Duration.ofDays(urgent ? 1 + random.nextInt(3) : 1 + random.nextInt(18)));
    if (path < 15) {
      for (int attempt = 0; attempt < 3; attempt++) {
        Instant at = created.plus(Duration.ofDays(1 + attempt * 3L));
        if (at.isAfter(now)) {
          return;
        }
        referrals.addAttempt(
            new ContactAttempt(
                referral.id(),
                ContactChannel.PHONE,
                ContactResult.NO_ANSWER,
                at,
                null,
                worker,
                at));
      }
      close(referral, Outcome.NOT_REACHED, null, worker, created.plus(Duration.ofDays(12)), 3, now);
      return;
    }
    if (!step(referral, ReferralStatus.CONTACT_MADE, null, worker, contact, now)) {
      return;
    }
    Instant closed = contact.plus(Duration.ofDays(2 + random.nextInt(5)));
    if (path < 25) {
      close(referral, Outcome.NO_HELP_NEEDED, null, worker, closed, 0, now);
      return;
    }
    if (path < 35) {
      close(
          referral,
          Outcome.DECLINED,
          REASONS[random.nextInt(REASONS.length)],
          worker,
          closed,
          0,
          now);
      return;
    }
    Instant conversation = contact.plus(Duration.ofDays(3 + random.nextInt(15)));
    if (conversation.isAfter(now)) {
      return;
    }
    referrals.addChange(
        referral.moveTo(
            new StatusStep(
                ReferralStatus.CONVERSATION_PLANNED, null, null, conversation, "Meldpunt", null),
            0,
            worker,
            contact));
    Instant end = conversation.plus(Duration.ofDays(5 + random.nextInt(20)));
    if (path < 50) {
      if (step(referral, ReferralStatus.REFERRED_ELSEWHERE, null, worker, conversation, now)) {
        close(referral, Outcome.REFERRED_TO_OTHER_HELP, null, worker, end, 0, now);
      }
    } else if (path < 60) {
      close(
          referral,
          Outcome.DECLINED,
          REASONS[random.nextInt(REASONS.length)],
          worker,
          conversation,
          0,
          now);
    } else if (step(referral, ReferralStatus.HELP_ACCEPTED, null, worker, conversation, now)) {
      close(referral, Outcome.HELP_PROGRAMME_STARTED, null, worker, end, 0, now);
    }
    if (feedback && !referral.status().isOpen() && random.nextInt(4) != 0) {
      referral.giveFeedback("Het meldpunt heeft contact gehad en het gesprek gevoerd.", end);
    }
  }

  private boolean step(
      Referral referral, ReferralStatus to, Outcome outcome, long worker, Instant at, Instant now) {
    if (at.isAfter(now)) {
      return false;
    }
    referrals.addChange(
        referral.moveTo(new StatusStep(to, outcome, null, null, null, null), 0, worker, at));
    return true;
  }

  private void close(
      Referral referral,
      Outcome outcome,
      DeclineReason reason,
      long worker,
      Instant at,
      int attempts,
      Instant now) {
    if (at.isAfter(now)) {
      return;
    }
    referrals.addChange(
        referral.moveTo(
            new StatusStep(ReferralStatus.CLOSED, outcome, reason, null, null, null),
            attempts,
            worker,
            at));
  }
}
