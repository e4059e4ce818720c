package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import nl.spreekkamer.organisation.application.ContactData;
import nl.spreekkamer.organisation.application.PracticeContactService;
import nl.spreekkamer.organisation.application.PraktijkData;
import nl.spreekkamer.organisation.application.PraktijkService;
import nl.spreekkamer.organisation.application.PraktijkView;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GP practices, scoped to what the caller may see; maintained by beheer. */
@Path("praktijken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Praktijken")
public class PraktijkResource {
  @Inject PraktijkService praktijken;
  @Inject PracticeContactService contacts;

  @GET
  @Path("contacten")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(
      summary =
          "The coordinator's practices with their named contact at the gemeente, unverified"
              + " (3 months) and account-gone flags")
  public List<PracticeContactService.ContactRow> contacts() {
    return contacts.ofOwnGemeente();
  }

  @PUT
  @Path("{id}/contact")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(
      summary =
          "Name the practice's contact at the gemeente (coordinator of its gemeente): {accountId,"
              + " name, role, phone, email, version}; an account fills in name and e-mail")
  public PraktijkView assignContact(@PathParam("id") long id, ContactData data) {
    return contacts.assign(id, Checks.body(data));
  }

  @POST
  @Path("{id}/contact/verified")
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  @Operation(summary = "Confirm the practice's contact is still right: {version}")
  public PraktijkView verifyContact(@PathParam("id") long id, JsonObject body) {
    JsonFields.only(Checks.body(body), "version");
    return contacts.verify(id, JsonFields.wholeNumber(body, "version"));
  }

  @GET
  @Operation(summary = "Practices visible to the caller, paged; q searches name and place")
  public Page<PraktijkView> search(
      @QueryParam("q") String q,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return praktijken.search(q, first, max);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One practice")
  public PraktijkView get(@PathParam("id") long id) {
    return praktijken.get(id);
  }

  @POST
  @RolesAllowed(Roles.BEHEER)
  @Operation(summary = "Add a practice (beheer)")
  public Response create(PraktijkData data, @Context UriInfo uri) {
    Checks.body(data);
    PraktijkView created = praktijken.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.BEHEER)
  @Operation(summary = "Change a practice (beheer); send the version you read")
  public PraktijkView update(@PathParam("id") long id, PraktijkData data) {
    Checks.body(data);
    return praktijken.update(id, data);
  }
}
