package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.QueueItem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The intake queue of the caller's own gemeente (GEMEENTE_INTAKE, GEMEENTE_COORDINATOR). */
@Path("intake/referrals")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verwijzingen")
public class IntakeResource {
  @Inject IntakeService intake;

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
}
