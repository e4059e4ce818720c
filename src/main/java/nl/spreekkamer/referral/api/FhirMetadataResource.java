package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreekkamer.referral.application.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The FHIR CapabilityStatement: what a case system can ask of {@code /api/fhir}. */
@Path("fhir/metadata")
@PermitAll
@Tag(name = "Verwijzingen")
public class FhirMetadataResource {
  @Inject ReferralService referrals;
  @Context UriInfo uri;

  @GET
  @Produces({FhirTaskResource.FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "The FHIR R4 CapabilityStatement of this server")
  public Response metadata() {
    String base = uri.getBaseUriBuilder().path("fhir").build().toString();
    return Response.ok(referrals.fhirCapabilities(base)).type(FhirTaskResource.FHIR_JSON).build();
  }
}
