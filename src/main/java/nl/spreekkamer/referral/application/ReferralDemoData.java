package nl.spreekkamer.referral.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.referral.domain.Consent;
import nl.spreekkamer.referral.domain.ConsentText;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.ContactChannel;
import nl.spreekkamer.referral.domain.ContactPreference;
import nl.spreekkamer.referral.domain.ContactResult;
import nl.spreekkamer.referral.domain.HelpCategory;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.PatientContact;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.StatusStep;
import nl.spreekkamer.referral.domain.UrgencySignal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, right after the demo organisations, puts a handful of invented referrals in
 * Lindewaard's queue in different stages, so the intake pages show something on first start.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class ReferralDemoData {
  private static final Logger LOG = Logger.getLogger(ReferralDemoData.class.getName());

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean enabled;

  @Inject AccountRepository accounts;
  @Inject ReferralRepository referrals;
  @Inject ConsentText consent;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    Account assistent = accounts.findByUsername("assistent").orElse(null);
    Account intake = accounts.findByUsername("intake").orElse(null);
    if (!enabled
        || assistent == null
        || intake == null
        || referrals.countOfPraktijk(assistent.praktijk().id()) > 0) {
      return;
    }
    Instant now = clock.instant();
    refer(
        assistent,
        "Sandra Verhoef",
        "06 21 43 65 87",
        HelpCategory.RENT_OR_MORTGAGE,
        Set.of(UrgencySignal.EVICTION),
        now.minus(Duration.ofDays(1)));
    refer(
        assistent,
        "Mehmet Yilmaz",
        "06 34 56 78 90",
        HelpCategory.ENERGY_OR_WATER,
        Set.of(UrgencySignal.ENERGY_CUTOFF),
        now.minus(Duration.ofHours(5)));
    refer(
        assistent,
        "Els de Graaf",
        "0571 65 43 21",
        HelpCategory.BILLS_AND_POST,
        Set.of(),
        now.minus(Duration.ofDays(4)));
    Referral working =
        refer(
            assistent,
            "Tom Hendriks",
            "06 98 12 34 56",
            HelpCategory.DEBTS,
            Set.of(),
            now.minus(Duration.ofDays(8)));
    Instant later = now.minus(Duration.ofDays(7));
    working.assignTo(intake.id(), intake.id(), later).ifPresent(referrals::addChange);
    referrals.addAttempt(
        new ContactAttempt(
            working.id(),
            ContactChannel.PHONE,
            ContactResult.NO_ANSWER,
            later,
            null,
            intake.id(),
            later));
    Referral done =
        refer(
            assistent,
            "Ingrid Bos",
            "06 11 22 33 44",
            HelpCategory.HEALTH_INSURANCE,
            Set.of(),
            now.minus(Duration.ofDays(30)));
    Instant closed = now.minus(Duration.ofDays(20));
    done.assignTo(intake.id(), intake.id(), closed).ifPresent(referrals::addChange);
    referrals.addChange(
        done.moveTo(
            new StatusStep(ReferralStatus.CONTACT_MADE, null, null, null, null, null),
            0,
            intake.id(),
            closed));
    referrals.addChange(
        done.moveTo(
            new StatusStep(
                ReferralStatus.CLOSED,
                Outcome.HELP_PROGRAMME_STARTED,
                null,
                null,
                null,
                "Budgetcoaching gestart"),
            0,
            intake.id(),
            closed));
    done.giveFeedback("Mevrouw doet mee aan budgetcoaching bij het meldpunt.", closed);
    LOG.info("Demo referrals added to the queue of Lindewaard");
  }

  private Referral refer(
      Account by,
      String name,
      String phone,
      HelpCategory category,
      Set<UrgencySignal> urgency,
      Instant at) {
    Referral referral =
        new Referral(
            ReferenceCode.generate(),
            by.praktijk().id(),
            by.id(),
            by.praktijk().gemeente().id(),
            new PatientContact(name, phone, null, ContactPreference.PHONE, "Liefst 's middags"),
            category,
            urgency,
            null,
            null,
            Consent.given(true, true, consent.version(), consent.version(), by.id(), at),
            at);
    referrals.add(referral);
    return referral;
  }
}
