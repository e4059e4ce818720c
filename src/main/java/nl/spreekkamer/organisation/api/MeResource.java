package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.organisation.application.MailSettings;
import nl.spreekkamer.organisation.application.MeView;
import nl.spreekkamer.organisation.application.PasswordChange;
import nl.spreekkamer.organisation.application.ProfileData;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.organisation.application.TwoFactorCode;
import nl.spreekkamer.organisation.application.TwoFactorService;
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
  @Inject TwoFactorService twoFactor;
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

  @GET
  @Path("mail-settings")
  @Operation(
      summary =
          "The language of the own mails and the optional mails: those that concern the own roles"
              + " (topics) and those turned off (off)")
  public MailSettings mailSettings() {
    return profiles.mailSettings();
  }

  @PUT
  @Path("mail-settings")
  @Operation(summary = "Change the language of the own mails (nl, en) and turn optional mails off")
  public MailSettings changeMailSettings(MailSettings change) {
    return profiles.changeMailSettings(change);
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

  @GET
  @Path("two-factor")
  @Operation(summary = "Whether two-factor login is on, and how many recovery codes are left")
  public TwoFactorService.Status twoFactor() {
    return twoFactor.status();
  }

  @POST
  @Path("two-factor")
  @Operation(
      summary =
          "Start two-factor login: a new secret and its otpauth:// address for the app; on once"
              + " confirmed")
  public TwoFactorService.Setup beginTwoFactor() {
    return twoFactor.begin();
  }

  @POST
  @Path("two-factor/confirm")
  @Operation(
      summary =
          "Confirm with a code of the app: two-factor login is on; answers ten recovery codes,"
              + " once")
  public Map<String, List<String>> confirmTwoFactor(TwoFactorCode code) {
    Checks.body(code);
    return Map.of("recoveryCodes", twoFactor.confirm(code.code()));
  }

  @DELETE
  @Path("two-factor")
  @Operation(summary = "Switch two-factor login off, with a code of the app or a recovery code")
  public Response disableTwoFactor(TwoFactorCode code) {
    Checks.body(code);
    twoFactor.disable(code.code());
    return Response.noContent().build();
  }
}
