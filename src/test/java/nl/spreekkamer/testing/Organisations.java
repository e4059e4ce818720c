package nl.spreekkamer.testing;

import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.organisation.domain.Postcode;
import nl.spreekkamer.organisation.domain.Praktijk;

/**
 * Fresh, unsaved organisations for unit tests: the invented gemeente Lindewaard and its practice.
 */
public final class Organisations {
  private Organisations() {}

  public static Gemeente lindewaard() {
    return new Gemeente(
        "Lindewaard",
        new CbsCode("GM9901"),
        new Meldpunt(
            "Meldpunt",
            "0571 23 45 67",
            "meldpunt@lindewaard.example",
            new Address("Marktplein 1", Postcode.parse("7411 AA"), "Lindewaard"),
            "Ma-vr 9-17",
            null));
  }

  public static Praktijk deLinde(Gemeente gemeente) {
    return new Praktijk(
        "De Linde",
        new AgbCode("01099001"),
        new Address("Lindestraat 14", Postcode.parse("7412 CD"), "Lindewaard"),
        gemeente,
        "praktijk@delinde.example");
  }
}
