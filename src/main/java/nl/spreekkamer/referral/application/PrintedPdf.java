package nl.spreekkamer.referral.application;

import java.util.List;
import nl.spreekkamer.referral.domain.ReferenceCode;

/** A PDF ready to print and the reference codes of the cards on it. */
public record PrintedPdf(byte[] pdf, List<ReferenceCode> references) {
  public PrintedPdf {
    references = List.copyOf(references);
  }

  public ReferenceCode firstReference() {
    return references.get(0);
  }
}
