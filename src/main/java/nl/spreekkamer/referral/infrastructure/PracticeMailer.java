package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.mail.Outbox;
import nl.spreekkamer.referral.application.ReferralChanged;

/**
 * Posts a mail to the practice's fixed address when a referral it made moves on, in the transaction
 * of the change: the outbox sends it once that is committed, and keeps trying while the mail server
 * is down. The mail names the card code, the status and the outcome, never the patient: the details
 * are in the application, behind a login.
 */
@ApplicationScoped
public class PracticeMailer {
  @Inject Outbox outbox;

  void post(@Observes ReferralChanged change) {
    if (change.practiceEmail() == null) {
      return;
    }
    var dutch = LocaleResolver.DUTCH;
    Map<String, Object> scope = new HashMap<>();
    scope.put("reference", change.reference());
    scope.put("status", Messages.get(dutch, "referral.status." + change.status().name()));
    if (change.outcome() != null) {
      scope.put("outcome", Messages.get(dutch, "referral.outcome." + change.outcome().name()));
    }
    scope.put("feedback", change.feedbackGiven());
    scope.put("link", change.link());
    outbox.post("referral-step", change.practiceEmail(), dutch, scope);
  }
}
