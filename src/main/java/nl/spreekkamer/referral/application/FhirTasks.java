package nl.spreekkamer.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.infrastructure.FhirReferrals;

/** Puts together what a FHIR Task of a referral shows: the practice and the gemeente with it. */
@ApplicationScoped
class FhirTasks {
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject FhirReferrals fhir;

  FhirReferrals.TaskSource source(Referral referral, Optional<Gemeente> gemeente) {
    Optional<Praktijk> praktijk = praktijken.find(referral.praktijkId());
    return new FhirReferrals.TaskSource(
        referral,
        praktijk.map(Praktijk::name).orElse(""),
        praktijk.map(Praktijk::agbCode).map(AgbCode::value).orElse(null),
        gemeente.map(Gemeente::name).orElse(""),
        gemeente.map(Gemeente::cbsCode).map(CbsCode::value).orElse(null));
  }

  FhirReferrals.TaskSource source(Referral referral) {
    return source(referral, gemeenten.find(referral.gemeenteId()));
  }

  String json(Referral referral) {
    return fhir.taskJson(source(referral));
  }
}
