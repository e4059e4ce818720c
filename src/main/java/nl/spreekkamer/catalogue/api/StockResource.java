package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.spreekkamer.catalogue.application.StockService;
import nl.spreekkamer.catalogue.application.StockView;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gemeente's stock of printed material (coordinator). Roles are checked by the service. */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Kits")
public class StockResource {
  @Inject StockService stock;

  @GET
  @Operation(summary = "Every printed variant with the number in stock")
  public List<StockView> all() {
    return stock.levels();
  }

  @PUT
  @Path("{itemId}/{variant}")
  @Operation(summary = "Set the counted number in stock: {quantity}")
  public StockView count(
      @PathParam("itemId") String itemId, @PathParam("variant") String variant, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "quantity");
    return stock.count(itemId, variant, JsonFields.count(body, "quantity"));
  }
}
