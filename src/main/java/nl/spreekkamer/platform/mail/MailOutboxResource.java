package nl.spreekkamer.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/mail/outbox}: what the outbox holds, for beheer; a failed mail tried again. */
@Path("mail/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BEHEER)
@Tag(name = "Beheer")
public class MailOutboxResource {
  @Inject OutboxService outbox;

  @GET
  @Operation(
      summary =
          "How many mails wait, were sent or failed, and the newest of them (BEHEER);"
              + " ?status=WAITING|SENT|FAILED, ?first=&max= for paging. Bodies are not shown.")
  public OutboxService.Overview overview(
      @QueryParam("status") String status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return outbox.overview(Choices.optional("status", status, OutboxMail.Status.class), first, max);
  }

  @POST
  @Path("{id}/retry")
  @Operation(
      summary = "Tries a failed mail again from the first attempt (BEHEER); 409 if not failed")
  public OutboxService.MailView retry(@PathParam("id") long id) {
    return outbox.retry(id);
  }
}
