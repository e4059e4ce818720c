package nl.spreekkamer.accreditation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.accreditation.application.AccreditationService;
import nl.spreekkamer.accreditation.application.AccreditationView;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.Registry;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accreditations per module and registry (redactie, beheer) and the registries' attendance files.
 */
@Path("accreditation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Accreditatie")
public class AccreditationResource {
  static final String CSV = "text/csv";

  @Inject AccreditationService service;

  @GET
  @Path("registries")
  @Operation(summary = "The registries, as the values of ?registry= in the export")
  public List<Map<String, String>> registries() {
    return Arrays.stream(Registry.values())
        .map(r -> Map.of("id", r.name(), "label", r.label(), "profession", r.profession().name()))
        .toList();
  }

  @GET
  @Path("accreditations")
  public List<AccreditationView> all() {
    return service.all();
  }

  @POST
  @Path("accreditations")
  @Operation(
      summary =
          "Accredit a module: {moduleId, registry, activityId, points, validFrom, validUntil}")
  public Response add(JsonObject body) {
    Checks.body(body);
    JsonFields.only(
        body, "moduleId", "registry", "activityId", "points", "validFrom", "validUntil");
    AccreditationView created =
        service.add(
            JsonFields.text(body, "moduleId"),
            Choices.one("registry", JsonFields.text(body, "registry"), Registry.class),
            terms(body));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("accreditations/{id}")
  @Operation(summary = "Change activity id, points or period; {version} is required")
  public AccreditationView change(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "version", "activityId", "points", "validFrom", "validUntil");
    return service.change(id, JsonFields.wholeNumber(body, "version"), terms(body));
  }

  @DELETE
  @Path("accreditations/{id}")
  public Response remove(@PathParam("id") long id) {
    service.remove(id);
    return Response.noContent().build();
  }

  @POST
  @Path("export")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "Attendance file (CSV) for one registry and period; the records in it are marked"
              + " reported, so a second export does not report them again (a POST: it changes"
              + " them)")
  public Response export(
      @QueryParam("registry") String registry,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Registry chosen = Choices.one("registry", registry, Registry.class);
    AccreditationService.Export export =
        service.export(chosen, Checks.date("from", from), Checks.date("to", to));
    return Response.ok(export.csv(), CSV + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"presentie-"
                + chosen.name().toLowerCase()
                + "-"
                + from
                + ".csv\"")
        .header("X-Reported", export.reported())
        .header("X-Without-Number", export.withoutNumber())
        .build();
  }

  @POST
  @Path("records/{id}/rejected")
  @Operation(summary = "The registry refused this reported record")
  public Response rejected(@PathParam("id") long id) {
    service.rejected(id);
    return Response.noContent().build();
  }

  @POST
  @Path("records/{id}/reopen")
  @Operation(summary = "Report a rejected record again in the next export")
  public Response reopen(@PathParam("id") long id) {
    service.reopen(id);
    return Response.noContent().build();
  }

  private static Accreditation.Terms terms(JsonObject body) {
    JsonValue points = body.get("points");
    if (!(points instanceof JsonNumber number)) {
      throw new InvalidInputException(
          "points", "validation.accreditation.points", Accreditation.MAX_POINTS);
    }
    BigDecimal value = number.bigDecimalValue();
    return new Accreditation.Terms(
        JsonFields.text(body, "activityId"),
        value,
        Checks.date("validFrom", JsonFields.text(body, "validFrom")),
        Checks.date("validUntil", JsonFields.text(body, "validUntil")));
  }
}
