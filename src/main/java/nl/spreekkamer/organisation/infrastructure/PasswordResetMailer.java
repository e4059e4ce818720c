package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.spreekkamer.organisation.application.PasswordResetRequested;
import nl.spreekkamer.platform.mail.Outbox;

/**
 * Posts the password-reset link to the outbox in the transaction that stores its token. The mail
 * names the username and the link, nothing more; it is not sent once the link has expired.
 */
@ApplicationScoped
public class PasswordResetMailer {
  @Inject Outbox outbox;
  @Inject Clock clock;

  void post(@Observes PasswordResetRequested reset) {
    outbox.postUntil(
        "password-reset",
        reset.email(),
        reset.locale(),
        Map.of(
            "username", reset.username(),
            "link", reset.link(),
            "minutes", reset.validMinutes()),
        clock.instant().plus(Duration.ofMinutes(reset.validMinutes())));
  }
}
