package nl.spreekkamer.referral.application;

/**
 * A worker's step on a referral. {@code version} is the version the worker saw: a stale one is
 * refused with 409. {@code plannedAt} is an ISO date-time (e.g. 2026-12-03T10:30) in Dutch time.
 */
public record StatusRequest(
    String status,
    String outcome,
    String declineReason,
    String plannedAt,
    String plannedPlace,
    String note,
    Long version) {}
