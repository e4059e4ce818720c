package nl.spreekkamer.accreditation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.accreditation.application.TeamTraining;
import nl.spreekkamer.accreditation.application.TeamTrainingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practice manager's overview of the team's e-learning and points. */
@Path("praktijken/{id}/training")
@PermitAll
@Tag(name = "Accreditatie")
public class TeamTrainingResource {
  @Inject TeamTrainingService service;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Per employee: modules completed, points this year, what expires in 90 days")
  public List<TeamTraining> overview(@PathParam("id") long id) {
    return service.overview(id);
  }

  @GET
  @Path("csv")
  @Produces({AccreditationResource.CSV, MediaType.APPLICATION_JSON})
  public Response csv(@PathParam("id") long id) {
    return Response.ok(service.csv(id), AccreditationResource.CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"scholing-praktijk-" + id + ".csv\"")
        .build();
  }
}
