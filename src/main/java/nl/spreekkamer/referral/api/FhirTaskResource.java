package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreekkamer.referral.application.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A referral as HL7 FHIR R4 for systems that speak FHIR (receiving gemeente only). */
@Path("fhir/Task")
@PermitAll
@Tag(name = "Verwijzingen")
public class FhirTaskResource {
  static final String FHIR_JSON = "application/fhir+json";

  @Inject ReferralService referrals;

  @GET
  @Path("{id}")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The referral as a FHIR R4 Task with its ServiceRequest, Consent and minimal Patient"
              + " contained")
  public Response task(@PathParam("id") long id) {
    ReferralService.FhirTask task = referrals.fhirTask(id);
    return Response.ok(task.json())
        .type(FHIR_JSON)
        .tag(new EntityTag(String.valueOf(task.version()), true))
        .build();
  }
}
