package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.function.Supplier;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.referral.application.FhirTaskSearch;
import nl.spreekkamer.referral.application.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A referral as HL7 FHIR R4 for systems that speak FHIR (receiving gemeente only). */
@Path("fhir/Task")
@PermitAll
@Tag(name = "Verwijzingen")
public class FhirTaskResource {
  static final String FHIR_JSON = "application/fhir+json";

  @Inject ReferralService referrals;
  @Context UriInfo uri;

  @GET
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The gemeente's referrals as a FHIR searchset Bundle, by status, priority and"
              + " _lastUpdated, in the order of their last change; the next link pages on")
  public Response search(@HeaderParam("Prefer") String prefer) {
    boolean lenient = prefer != null && prefer.replace(" ", "").contains("handling=lenient");
    String json =
        referrals.fhirSearch(
            FhirTaskSearch.parse(uri.getQueryParameters(), lenient),
            uri.getRequestUri().toString(),
            cursor ->
                uri.getRequestUriBuilder()
                    .replaceQueryParam(FhirTaskSearch.CURSOR, FhirTaskSearch.cursor(cursor))
                    .build()
                    .toString());
    return Response.ok(json).type(FHIR_JSON).build();
  }

  @PATCH
  @Path("{id}")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A case system changes the Task's status, businessStatus, statusReason, note or output"
              + " with a JSON Patch (application/json-patch+json); If-Match names the version it"
              + " read (412 when stale)")
  public Response patch(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    // Read inside the update, after the referral was found: another gemeente's gets its 404 first.
    referrals.fhirUpdate(
        id,
        version(ifMatch),
        before -> json("patch", () -> Json.createPatch(read(body).readArray()).apply(before)));
    return task(id);
  }

  @PUT
  @Path("{id}")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A case system sends the whole Task back with a changed status, businessStatus,"
              + " statusReason, note or output; If-Match names the version it read")
  public Response put(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    referrals.fhirUpdate(
        id,
        version(ifMatch),
        before -> {
          JsonObject task = json("task", () -> read(body).readObject());
          if (!before.getString("id").equals(task.getString("id", ""))) {
            throw new UnprocessableException("id", "error.fhir.id", task.getString("id", ""));
          }
          return task;
        });
    return task(id);
  }

  private static JsonReader read(String body) {
    return Json.createReader(new StringReader(body == null ? "" : body));
  }

  /** Reads or applies JSON from the client: what it sent wrong is a 400 with JSON-P's reason. */
  private static <T> T json(String field, Supplier<T> work) {
    try {
      return work.get();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException(field, "validation.fhir.patch", e.getMessage());
    }
  }

  /** The version in {@code If-Match: W/"3"} (or {@code "3"}); {@code null} when not sent. */
  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    tag = tag.startsWith("W/") ? tag.substring(2) : tag;
    tag =
        tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
            ? tag.substring(1, tag.length() - 1)
            : tag;
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "validation.fhir.ifMatch");
    }
  }

  @GET
  @Path("{id}")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The referral as a FHIR R4 Task with its ServiceRequest, Consent and minimal Patient"
              + " contained")
  public Response task(@PathParam("id") long id) {
    ReferralService.FhirTask task = referrals.fhirTask(id);
    return Response.ok(task.json())
        .type(FHIR_JSON)
        .tag(new EntityTag(String.valueOf(task.version()), true))
        .build();
  }
}
