package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.spreekkamer.catalogue.application.ShipmentService;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipments of kits and re-stocks. Roles are checked by the service. */
@Path("shipments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Kits")
public class ShipmentResource {
  @Inject ShipmentService shipments;

  @GET
  @Operation(summary = "Your gemeente's shipments (coordinator), newest first, paginated")
  public Page<ShipmentView> ofGemeente(
      @QueryParam("status") String status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    int[] bounds = Page.bounds(first, max);
    return shipments.ofMyGemeente(
        Choices.optional("status", status, ShipmentStatus.class), bounds[0], bounds[1]);
  }

  @GET
  @Path("mine")
  @Operation(summary = "Your practice's shipments, newest first")
  public List<ShipmentView> mine() {
    return shipments.ofMyPraktijk();
  }

  @POST
  @Path("{id}/received")
  @Operation(summary = "The practice confirms the shipment arrived")
  public ShipmentView received(@PathParam("id") long id) {
    return shipments.confirmReceived(id);
  }

  @POST
  @Path("{id}/sent")
  @Operation(summary = "The coordinator marks a planned shipment as sent")
  public ShipmentView sent(@PathParam("id") long id) {
    return shipments.markSent(id);
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "The coordinator cancels a planned shipment; its copies go back in stock")
  public ShipmentView cancel(@PathParam("id") long id) {
    return shipments.cancel(id);
  }
}
