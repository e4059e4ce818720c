package nl.spreekkamer.learning.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A module in the learner's course list, with the learner's status. */
public record ModuleSummary(
    String id,
    String title,
    String summary,
    String version,
    int minutes,
    int lessonCount,
    int questionCount,
    LearningStatus status,
    int progress,
    String completedVersion,
    LocalDate completedOn,
    LocalDate expiresOn)
    implements Serializable {}
