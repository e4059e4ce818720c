package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreekkamer.referral.application.SubscriptionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** FHIR R4 Subscriptions (rest-hook) of a gemeente's case system to its Tasks. */
@Path("fhir/Subscription")
@PermitAll
@Tag(name = "Verwijzingen")
public class FhirSubscriptionResource {
  @Inject SubscriptionService subscriptions;
  @Context UriInfo uri;

  @POST
  @Produces({FhirTaskResource.FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "Subscribe a rest-hook to the gemeente's Tasks (criteria Task?status=..., an https"
              + " endpoint, payload empty or application/fhir+json, one header)")
  public Response create(String body) {
    SubscriptionService.Created created = subscriptions.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created.json())
        .type(FhirTaskResource.FHIR_JSON)
        .build();
  }

  @GET
  @Produces({FhirTaskResource.FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "The gemeente's subscriptions as a searchset Bundle")
  public Response list() {
    return Response.ok(subscriptions.list(uri.getRequestUri().toString()))
        .type(FhirTaskResource.FHIR_JSON)
        .build();
  }

  @GET
  @Path("{id}")
  @Produces({FhirTaskResource.FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "One subscription, with its status (active, error, off) and last error")
  public Response read(@PathParam("id") long id) {
    return Response.ok(subscriptions.read(id)).type(FhirTaskResource.FHIR_JSON).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "End a subscription")
  public Response delete(@PathParam("id") long id) {
    subscriptions.delete(id);
    return Response.noContent().build();
  }
}
