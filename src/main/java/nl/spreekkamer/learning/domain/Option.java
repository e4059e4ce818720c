package nl.spreekkamer.learning.domain;

/**
 * One answer option of a test question. Its key ({@code a}, {@code b}, ...) follows the order in
 * the content file and is what the learner sends.
 */
public record Option(String key, String text, boolean correct, String feedback) {}
