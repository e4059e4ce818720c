package nl.spreekkamer.openers.domain;

/** One row of the signalenkaart: a signal, what the desk and the consult may notice. */
public record SignalCard(Signal signal, String label, String desk, String consult, String source) {}
