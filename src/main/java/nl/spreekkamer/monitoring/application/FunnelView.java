package nl.spreekkamer.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.monitoring.domain.Funnel;

/** The funnel of one gemeente for one period, as the API gives it. */
public record FunnelView(
    long gemeenteId, String gemeente, LocalDate from, LocalDate to, List<Funnel.Step> stages) {}
