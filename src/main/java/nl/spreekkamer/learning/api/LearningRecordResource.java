package nl.spreekkamer.learning.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreekkamer.learning.application.LearningRecordExport;
import nl.spreekkamer.platform.errors.Checks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Learning records as xAPI 1.0.3 statements (JSON arrays), for a learning record store. */
@Path("xapi/statements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "E-learning")
public class LearningRecordResource {
  @Inject LearningRecordExport export;

  @GET
  @Path("mine")
  @Operation(summary = "Your own learning records")
  public String mine() {
    return export.mine();
  }

  @GET
  @Operation(summary = "All learning records stored in a period (beheer), paged with first/max")
  public String between(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("500") int max) {
    return export.between(Checks.date("from", from), Checks.date("to", to), first, max);
  }
}
