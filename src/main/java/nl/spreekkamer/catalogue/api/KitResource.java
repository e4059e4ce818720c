package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.catalogue.application.Distribution;
import nl.spreekkamer.catalogue.application.KitService;
import nl.spreekkamer.catalogue.application.KitView;
import nl.spreekkamer.catalogue.application.LineRequest;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.catalogue.domain.Kit;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gemeente coordinator's kits and their distribution. Roles are checked by the service. */
@Path("kits")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Kits")
public class KitResource {
  /** At most this many practices in one distribution request. */
  static final int MAX_PRACTICES = 5000;

  @Inject KitService kits;

  @GET
  @Operation(summary = "Your gemeente's kits, newest first, with shipment counts per status")
  public List<KitView> all() {
    return kits.all();
  }

  @Consumes(MediaType.APPLICATION_JSON)
  @POST
  @Operation(
      summary =
          "Compose a kit: {name, description, lines: [{itemId, variant (e.g. nl-A3), quantity"
              + " per practice}]}")
  public Response create(JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "name", "description", "lines");
    KitView created =
        kits.create(
            JsonFields.text(body, "name"), JsonFields.text(body, "description"), lines(body));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}")
  public KitView one(@PathParam("id") long id) {
    return kits.get(id);
  }

  @Consumes(MediaType.APPLICATION_JSON)
  @PUT
  @Path("{id}")
  @Operation(summary = "Change name, description and (until distributed) lines; {version} required")
  public KitView change(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "version", "name", "description", "lines");
    return kits.change(
        id,
        JsonFields.wholeNumber(body, "version"),
        JsonFields.text(body, "name"),
        JsonFields.text(body, "description"),
        body.containsKey("lines") ? lines(body) : null);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a kit that has not been distributed")
  public Response delete(@PathParam("id") long id) {
    kits.delete(id);
    return Response.noContent().build();
  }

  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @POST
  @Path("{id}/distribute")
  @Operation(
      summary =
          "Plan one shipment per practice: {praktijkIds: [...]} or all practices of the gemeente"
              + " when absent; practices that have the kit are skipped; 409 when stock is short")
  public Distribution distribute(@PathParam("id") long id, String body) {
    JsonObject request = JsonFields.optionalBody(body);
    List<Long> praktijkIds =
        request == null
            ? null
            : JsonFields.ids(JsonFields.only(request, "praktijkIds"), "praktijkIds", MAX_PRACTICES);
    return kits.distribute(id, praktijkIds);
  }

  @GET
  @Path("{id}/shipments")
  public List<ShipmentView> shipments(@PathParam("id") long id) {
    return kits.shipments(id);
  }

  @POST
  @Path("{id}/sent")
  @Operation(summary = "Mark all planned shipments of the kit as sent")
  public Map<String, Integer> sent(@PathParam("id") long id) {
    return Map.of("sent", kits.markAllSent(id));
  }

  static List<LineRequest> lines(JsonObject body) {
    List<JsonObject> lines = JsonFields.objects(body, "lines", Kit.MAX_LINES);
    return lines == null
        ? null
        : lines.stream()
            .map(line -> line(JsonFields.onlyIn(line, "lines", "itemId", "variant", "quantity")))
            .toList();
  }

  static LineRequest line(JsonObject line) {
    return new LineRequest(
        JsonFields.text(line, "itemId"),
        JsonFields.text(line, "variant"),
        JsonFields.count(line, "quantity"));
  }
}
