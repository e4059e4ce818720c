package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.organisation.application.AccountData;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.organisation.application.NewAccount;
import nl.spreekkamer.organisation.application.TeamService;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practice's team, managed by its practice manager (or beheer). */
@Path("praktijken/{praktijkId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRAKTIJKMANAGER, Roles.BEHEER})
@Tag(name = "Team")
public class TeamResource {
  @Inject TeamService team;

  @GET
  @Operation(summary = "The practice's team members")
  public List<AccountView> list(@PathParam("praktijkId") long praktijkId) {
    return team.team(praktijkId);
  }

  @POST
  @Operation(summary = "Add a team member; the answer holds a one-time password")
  public Response add(@PathParam("praktijkId") long praktijkId, AccountData data) {
    Checks.body(data);
    NewAccount created = team.add(praktijkId, data);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{accountId}")
  @Operation(summary = "Change a member's name, roles and registration numbers")
  public AccountView update(
      @PathParam("praktijkId") long praktijkId,
      @PathParam("accountId") long accountId,
      AccountData data) {
    Checks.body(data);
    return team.update(praktijkId, accountId, data);
  }

  @POST
  @Path("{accountId}/deactivate")
  @Operation(summary = "Deactivate a member: they can no longer log in")
  public AccountView deactivate(
      @PathParam("praktijkId") long praktijkId, @PathParam("accountId") long accountId) {
    return team.deactivate(praktijkId, accountId);
  }

  @POST
  @Path("{accountId}/activate")
  @Operation(summary = "Reactivate a member")
  public AccountView activate(
      @PathParam("praktijkId") long praktijkId, @PathParam("accountId") long accountId) {
    return team.activate(praktijkId, accountId);
  }
}
