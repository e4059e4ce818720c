package nl.spreekkamer.monitoring.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** E-learning in one practice: employees who take it, how many completed, the share. */
public record TrainingRow(
    long praktijkId, String praktijk, long employees, long completed, BigDecimal percentage)
    implements Serializable {}
