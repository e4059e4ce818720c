package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.QueueItem;
import nl.spreekkamer.referral.application.ReferralView;
import nl.spreekkamer.referral.application.SelfReferralRequest;
import nl.spreekkamer.referral.application.SelfReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The intake queue of the caller's own gemeente (GEMEENTE_INTAKE, GEMEENTE_COORDINATOR). */
@Path("intake/referrals")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verwijzingen")
public class IntakeResource {
  @Inject IntakeService intake;
  @Inject SelfReferralService selfReferrals;

  @GET
  @Operation(
      summary =
          "Your gemeente's queue: open referrals, urgent and oldest first; filter by status (or"
              + " ALL), urgent, praktijkId, assignee (me, none or an account id), receivedSince"
              + " (a date), due (waiting for first contact close to or past the norm); order")
  public Page<QueueItem> queue(
      @QueryParam("status") String status,
      @QueryParam("urgent") Boolean urgent,
      @QueryParam("praktijkId") Long praktijkId,
      @QueryParam("assignee") String assignee,
      @QueryParam("receivedSince") String receivedSince,
      @QueryParam("due") Boolean due,
      @QueryParam("order") String order,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return intake.queue(
        new IntakeService.QueueQuery(
            status, urgent, praktijkId, assignee, receivedSince, due, order),
        first,
        max);
  }

  @GET
  @Path("consent-text")
  @Operation(
      summary =
          "The consent text to read out for a self-referral ({version, text}, in Dutch or with"
              + " ?lang=en in English); send its version as consent.textVersion")
  public SelfReferralService.Script consentText(@QueryParam("lang") String language) {
    return selfReferrals.script(language);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A self-referral: the patient called with the code on their card (cardCode); the"
              + " referral lands in your queue under the practice that printed the card."
              + " consent.share is the patient's oral consent, textVersion the consent text read"
              + " out. An unknown code or another gemeente's card is a 422, a used code a 409")
  public Response selfReferral(SelfReferralRequest request, @Context UriInfo uri) {
    Checks.body(request);
    ReferralView created = selfReferrals.create(request);
    return Response.created(
            uri.getBaseUriBuilder().path("referrals").path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }
}
