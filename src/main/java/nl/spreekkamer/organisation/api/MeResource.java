package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreekkamer.organisation.application.MeView;
import nl.spreekkamer.organisation.application.PasswordChange;
import nl.spreekkamer.organisation.application.ProfileData;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.security.SpreekkamerAuthenticationMechanism;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user: {@code GET /api/me}, own profile and password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Profiel")
public class MeResource {
  @Inject ProfileService profiles;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Who am I: username, roles, practice and gemeente with its meldpunt")
  public MeView me() {
    return profiles.me();
  }

  @PUT
  @Operation(summary = "Change the own name, e-mail and registration numbers")
  public MeView update(ProfileData data) {
    Checks.body(data);
    return profiles.update(data);
  }

  @POST
  @Path("password")
  @Operation(
      summary =
          "Change the own password (current password required); the account's other sessions end")
  public Response changePassword(PasswordChange change) {
    Checks.body(change);
    profiles.changePassword(change);
    SpreekkamerAuthenticationMechanism.renewSession(request);
    return Response.noContent().build();
  }
}
