package nl.spreekkamer.referral.application;

import java.time.Instant;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.AuditEntry;

/** One line of a referral's audit log. */
public record AuditView(
    Instant at, String username, String roles, AuditAction action, String detail) {
  static AuditView of(AuditEntry e) {
    return new AuditView(e.at(), e.username(), e.roles(), e.action(), e.detail());
  }
}
