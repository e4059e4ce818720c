package nl.spreekkamer.network.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.spreekkamer.network.application.HelpPlaceData;
import nl.spreekkamer.network.application.HelpPlaceView;
import nl.spreekkamer.network.application.SocialMapService;
import nl.spreekkamer.platform.api.Downloads;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/gemeenten/{id}/sociale-kaart}: the gemeente's places of help, for practice staff of
 * its practices and its own staff; kept by its coordinator.
 */
@Path("gemeenten/{id}/sociale-kaart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.GEMEENTE_INTAKE,
  Roles.GEMEENTE_COORDINATOR
})
@Tag(name = "Sociale kaart")
public class SocialMapResource {
  @Inject SocialMapService socialMap;
  @Context UriInfo uri;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Downloads.PDF})
  @Operation(
      summary =
          "The social map: the meldpunt and the places of help in order; ?kind= (DEBT_HELP,"
              + " FOOD_BANK, ...) and ?q= (words) filter; ?format=pdf gives the one-page desk"
              + " sheet. The coordinator also sees hidden places.")
  public Response get(
      @PathParam("id") long gemeenteId,
      @QueryParam("kind") String kind,
      @QueryParam("q") String words,
      @QueryParam("format") String format,
      @Context HttpServletRequest request) {
    if (format == null || format.isBlank() || format.equals("json")) {
      return Response.ok(socialMap.map(gemeenteId, kind, words)).build();
    }
    if (!format.equals("pdf")) {
      throw new InvalidInputException("format", "validation.format.jsonOrPdf");
    }
    return Downloads.pdf(
            socialMap.deskSheet(gemeenteId, LocaleResolver.resolve(request)), "sociale-kaart.pdf")
        .build();
  }

  @POST
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(
      summary =
          "Add a place (coordinator of the gemeente): {kind, name, forWhom, address, phone,"
              + " website, openingHours, languages, hidden}; it goes to the end of the order")
  public Response add(@PathParam("id") long gemeenteId, HelpPlaceData data) {
    HelpPlaceView added = socialMap.add(gemeenteId, Checks.body(data));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{placeId}")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(summary = "Change a place, hide or show it (hidden), with its version")
  public HelpPlaceView change(
      @PathParam("id") long gemeenteId, @PathParam("placeId") long placeId, HelpPlaceData data) {
    return socialMap.change(gemeenteId, placeId, Checks.body(data));
  }

  @POST
  @Path("{placeId}/checked")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(summary = "Confirm that a place's details are still right: {version}")
  public HelpPlaceView checked(
      @PathParam("id") long gemeenteId, @PathParam("placeId") long placeId, JsonObject body) {
    JsonFields.only(Checks.body(body), "version");
    return socialMap.checked(gemeenteId, placeId, JsonFields.wholeNumber(body, "version"));
  }

  @POST
  @Path("{placeId}/move")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(summary = "Move a place one up ({\"by\": -1}) or down ({\"by\": 1}); the new order")
  public List<HelpPlaceView> move(
      @PathParam("id") long gemeenteId, @PathParam("placeId") long placeId, JsonObject body) {
    JsonFields.only(Checks.body(body), "by");
    Long by = JsonFields.wholeNumber(body, "by");
    if (by == null) {
      throw new InvalidInputException("by", "validation.helpPlace.move");
    }
    return socialMap.move(gemeenteId, placeId, by.intValue());
  }
}
