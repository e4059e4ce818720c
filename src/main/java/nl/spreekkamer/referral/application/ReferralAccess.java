package nl.spreekkamer.referral.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.AuditEntry;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;

/**
 * Finds a referral for the caller and writes the audit log. Only the referring practice and the
 * receiving gemeente may see a referral; to anyone else it does not exist (404).
 */
@RequestScoped
class ReferralAccess {
  @Inject Caller caller;
  @Inject ReferralRepository referrals;
  @Inject PraktijkRepository praktijken;
  @Inject Clock clock;

  /** Which side of the referral the caller is on. */
  enum Side {
    PRACTICE,
    GEMEENTE
  }

  Referral find(long id) {
    return referrals.find(id).orElseThrow(() -> notFound(id));
  }

  Side side(Referral referral) {
    if (caller.gemeenteId() != null && caller.gemeenteId() == referral.gemeenteId()) {
      return Side.GEMEENTE;
    }
    if (caller.praktijkId() != null && caller.praktijkId() == referral.praktijkId()) {
      return Side.PRACTICE;
    }
    throw notFound(referral.id());
  }

  /** The referral, if the caller is on the given side of it. */
  Referral findAs(long id, Side side) {
    Referral referral = find(id);
    if (side(referral) != side) {
      throw notFound(id);
    }
    return referral;
  }

  /** The referral as the given side may see it. */
  ReferralView view(Referral referral, Side side) {
    String praktijk = praktijkName(referral);
    return side == Side.GEMEENTE
        ? ReferralView.forGemeente(
            referral, praktijk, referrals.changes(referral.id()), referrals.attempts(referral.id()))
        : ReferralView.forPractice(referral, praktijk, referrals.changes(referral.id()));
  }

  String praktijkName(Referral referral) {
    return praktijk(referral).map(Praktijk::name).orElse("");
  }

  Optional<Praktijk> praktijk(Referral referral) {
    return praktijken.find(referral.praktijkId());
  }

  void audit(Referral referral, AuditAction action, String detail) {
    referrals.addAudit(
        new AuditEntry(
            referral.id(),
            caller.accountId(),
            caller.username(),
            caller.roleNames(),
            action,
            detail,
            clock.instant()));
  }

  private static ResourceNotFoundException notFound(long id) {
    return new ResourceNotFoundException("notFound.referral", id);
  }
}
