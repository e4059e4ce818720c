package nl.spreekkamer.monitoring.application;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.spreekkamer.monitoring.domain.Cell;

/** One gemeente in the platform's comparison: practices, training, referrals, programmes. */
public record GemeenteComparison(
    long gemeenteId,
    String gemeente,
    long practices,
    long employees,
    long trained,
    BigDecimal trainedPercentage,
    Cell referrals,
    Cell programmesStarted)
    implements Serializable {}
