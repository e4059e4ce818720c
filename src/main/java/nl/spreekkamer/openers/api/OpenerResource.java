package nl.spreekkamer.openers.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.spreekkamer.openers.application.OpenerFilter;
import nl.spreekkamer.openers.application.OpenerService;
import nl.spreekkamer.openers.application.OpenerView;
import nl.spreekkamer.openers.domain.SignalCard;
import nl.spreekkamer.platform.api.Downloads;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversation openers: list and filter, one opener, favourites, the signalenkaart. Roles are
 * checked by {@link OpenerService}; the web constraint requires a login.
 */
@Path("openers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Gespreksopeners")
public class OpenerResource {
  @Inject OpenerService openers;

  @GET
  @Operation(
      summary =
          "Openers filtered by signal, setting, phase and words (q); favourites=true for your own")
  public List<OpenerView> list(
      @QueryParam("signal") String signal,
      @QueryParam("setting") String setting,
      @QueryParam("phase") String phase,
      @QueryParam("q") String q,
      @QueryParam("favourites") boolean favourites) {
    return openers.search(OpenerFilter.parse(signal, setting, phase, q, favourites));
  }

  @GET
  @Path("signalenkaart")
  @Operation(summary = "The signals checklist for desk and consult room")
  public List<SignalCard> signalCards() {
    return openers.signalCards();
  }

  @GET
  @Path("zakkaart")
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A pocket card (PDF, A6) of the chosen openers (ids, comma separated, at most 30), or of"
              + " your favourites")
  public Response pocketCard(@QueryParam("ids") String ids, @Context HttpServletRequest request) {
    List<String> chosen =
        ids == null || ids.isBlank()
            ? List.of()
            : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return Downloads.pdf(
            openers.pocketCard(chosen, LocaleResolver.resolve(request)),
            "zakkaart-gespreksopeners.pdf")
        .build();
  }

  @GET
  @Path("{id}")
  public OpenerView get(@PathParam("id") String id) {
    return openers.get(id);
  }

  @PUT
  @Path("{id}/favourite")
  @Operation(summary = "Make an opener one of your favourites")
  public Response addFavourite(@PathParam("id") String id) {
    openers.addFavourite(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/favourite")
  public Response removeFavourite(@PathParam("id") String id) {
    openers.removeFavourite(id);
    return Response.noContent().build();
  }
}
