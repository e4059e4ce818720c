package nl.spreekkamer.learning.domain;

import java.time.Instant;

/**
 * A learner completed a module (every lesson seen, test passed). Fired inside the transaction that
 * completes the enrolment, so what observers record commits or rolls back with it.
 */
public record ModuleCompleted(
    long enrolmentId,
    long accountId,
    String moduleId,
    String moduleVersion,
    String moduleTitle,
    int score,
    Instant completedAt) {}
