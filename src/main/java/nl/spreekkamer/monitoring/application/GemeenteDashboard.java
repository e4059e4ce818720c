package nl.spreekkamer.monitoring.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.monitoring.domain.ReferralFigures;

/** Everything on the gemeente's dashboard for one period; aggregates only. */
public record GemeenteDashboard(
    long gemeenteId,
    String gemeente,
    LocalDate from,
    LocalDate to,
    int minCell,
    ReferralFigures referrals,
    List<TrainingRow> training,
    List<KitEffect> kits)
    implements Serializable {}
