package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreekkamer.organisation.application.AuditLogService;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/account-audit}: who created, changed, reset or revoked accounts and keys. */
@Path("account-audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BEHEER)
@Tag(name = "Accounts")
public class AuditLogResource {
  @Inject AuditLogService audit;

  @GET
  @Operation(
      summary =
          "What was done to accounts and API keys, by whom and when, newest first (BEHEER);"
              + " ?first=&max= for paging")
  public Page<AuditLogService.AccountEventView> newest(
      @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
    return audit.newest(first, max);
  }
}
