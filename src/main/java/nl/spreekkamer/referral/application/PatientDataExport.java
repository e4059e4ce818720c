package nl.spreekkamer.referral.application;

import java.time.Instant;
import java.util.List;

/** What a gemeente gives a patient who asks which data it holds (AVG article 15). */
public record PatientDataExport(Instant exportedAt, ReferralView referral, List<AuditView> audit) {}
