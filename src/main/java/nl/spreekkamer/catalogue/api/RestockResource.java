package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.catalogue.application.RestockService;
import nl.spreekkamer.catalogue.application.RestockView;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Requests for more copies: practices ask, the coordinator decides. */
@Path("restock-requests")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Kits")
public class RestockResource {
  @Inject RestockService restocks;

  @Consumes(MediaType.APPLICATION_JSON)
  @POST
  @Operation(summary = "Ask your gemeente for more copies: {itemId, variant, quantity, note}")
  public Response request(JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "itemId", "variant", "quantity", "note");
    RestockView created = restocks.request(KitResource.line(body), JsonFields.text(body, "note"));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("mine")
  public List<RestockView> mine() {
    return restocks.ofMyPraktijk();
  }

  @GET
  @Operation(summary = "Your gemeente's requests (coordinator), open ones first")
  public List<RestockView> ofGemeente() {
    return restocks.ofMyGemeente();
  }

  @POST
  @Path("{id}/approve")
  @Operation(summary = "Approve: a shipment is planned and the copies leave stock (409 if short)")
  public RestockView approve(@PathParam("id") long id) {
    return restocks.approve(id);
  }

  @Consumes(MediaType.APPLICATION_JSON)
  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline with a reason: {reason}")
  public RestockView decline(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "reason");
    return restocks.decline(id, JsonFields.text(body, "reason"));
  }
}
