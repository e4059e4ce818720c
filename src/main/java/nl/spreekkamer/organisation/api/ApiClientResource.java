package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.organisation.application.ApiClientService;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys for the gemeente's case system (GEMEENTE_COORDINATOR). The system sends the key as
 * {@code Authorization: Bearer <key>} and then works the own gemeente's intake queue.
 */
@Path("api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Koppelingen")
public class ApiClientResource {
  @Inject ApiClientService clients;

  @GET
  public List<ApiClientService.ApiClientView> list() {
    return clients.list();
  }

  @POST
  @Operation(summary = "A new API key for your gemeente's case system; the key is shown only now")
  public Response issue(JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "name");
    return Response.status(Response.Status.CREATED)
        .entity(clients.issue(JsonFields.text(body, "name")))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke an API key at once")
  public Response revoke(@PathParam("id") long id) {
    clients.revoke(id);
    return Response.noContent().build();
  }
}
