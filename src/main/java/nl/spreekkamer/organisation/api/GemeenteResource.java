package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteData;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gemeenten with their meldpunt: read by all users, maintained by beheer. */
@Path("gemeenten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Gemeenten")
public class GemeenteResource {
  @Inject GemeenteService gemeenten;

  @GET
  @Operation(summary = "All gemeenten, by name")
  public List<GemeenteView> list() {
    return gemeenten.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One gemeente")
  public GemeenteView get(@PathParam("id") long id) {
    return gemeenten.get(id);
  }

  @POST
  @RolesAllowed(Roles.BEHEER)
  @Operation(summary = "Add a gemeente (beheer)")
  public Response create(GemeenteData data, @jakarta.ws.rs.core.Context UriInfo uri) {
    Checks.body(data);
    GemeenteView created = gemeenten.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.BEHEER)
  @Operation(summary = "Change a gemeente (beheer); send the version you read")
  public GemeenteView update(@PathParam("id") long id, GemeenteData data) {
    Checks.body(data);
    return gemeenten.update(id, data);
  }
}
