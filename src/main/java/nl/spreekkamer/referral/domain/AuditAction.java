package nl.spreekkamer.referral.domain;

/** What was done with a referral, for the audit log. */
public enum AuditAction {
  CREATE,
  VIEW,
  ASSIGN,
  STATUS,
  CONTACT_ATTEMPT,
  FEEDBACK,
  WITHDRAW,
  ERASE,
  EXPORT
}
