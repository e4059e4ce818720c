package nl.spreekkamer.monitoring.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.spreekkamer.monitoring.domain.Cell;

/**
 * One practice's kits beside its referrals: referrals in the period before the first kit arrived
 * and after, with the rate per 30 days of each part (no rate where the count is suppressed).
 */
public record KitEffect(
    long praktijkId,
    String praktijk,
    long kitsReceived,
    LocalDate firstKitOn,
    Cell before,
    long daysBefore,
    BigDecimal perMonthBefore,
    Cell after,
    long daysAfter,
    BigDecimal perMonthAfter)
    implements Serializable {}
