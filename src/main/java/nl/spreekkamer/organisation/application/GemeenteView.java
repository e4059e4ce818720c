package nl.spreekkamer.organisation.application;

import java.util.List;
import nl.spreekkamer.organisation.domain.Gemeente;

/** A gemeente as shown to users and API clients. */
public record GemeenteView(
    long id,
    long version,
    String name,
    String cbsCode,
    MeldpuntData meldpunt,
    List<LocationData> locations,
    int urgentWorkingDays,
    int regularWorkingDays) {

  static GemeenteView of(Gemeente g) {
    return new GemeenteView(
        g.id(),
        g.version(),
        g.name(),
        g.cbsCode().value(),
        MeldpuntData.of(g.meldpunt()),
        g.locations().stream().map(LocationData::of).toList(),
        g.responseNorm().urgentWorkingDays(),
        g.responseNorm().regularWorkingDays());
  }
}
