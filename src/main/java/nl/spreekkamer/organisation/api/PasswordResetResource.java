package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreekkamer.organisation.application.PasswordResetService;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forgot the password: a link by e-mail, then a new password with the link's token. No login. */
@Path("password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Profiel")
public class PasswordResetResource {
  static final String PAGE = "/wachtwoord-herstellen.xhtml";

  @Inject PasswordResetService resets;
  @Inject PublicAddress address;
  @Context HttpServletRequest request;

  @POST
  @Operation(
      summary =
          "Ask for a reset link by e-mail: {username} (or the e-mail address); always 202,"
              + " whether the account exists or not; 429 when asked too often")
  public Response request(JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "username");
    resets.request(
        JsonFields.text(body, "username"), address.base() + PAGE, LocaleResolver.resolve(request));
    return Response.accepted().build();
  }

  @POST
  @Path("confirm")
  @Operation(summary = "Choose the new password with the token from the mail: {token, newPassword}")
  public Response confirm(JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "token", "newPassword");
    resets.complete(JsonFields.text(body, "token"), JsonFields.text(body, "newPassword"));
    return Response.noContent().build();
  }
}
