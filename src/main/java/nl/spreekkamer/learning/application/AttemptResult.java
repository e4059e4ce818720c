package nl.spreekkamer.learning.application;

import java.io.Serializable;

/** The result of a submitted attempt, and whether the module is now completed. */
public record AttemptResult(
    long attemptId,
    int score,
    int passMark,
    boolean passed,
    int right,
    int total,
    boolean moduleCompleted,
    int lessonsToGo)
    implements Serializable {}
