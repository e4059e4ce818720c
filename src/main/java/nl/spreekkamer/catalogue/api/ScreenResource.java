package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.spreekkamer.catalogue.application.ScreenService;
import nl.spreekkamer.catalogue.application.ScreenView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practice's waiting-room screen address. Roles are checked by the service. */
@Path("screen")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogus")
public class ScreenResource {
  @Inject ScreenService screens;

  @GET
  @Operation(summary = "The address that plays the animation on your waiting-room screen")
  public ScreenView mine() {
    return screens.mine();
  }

  @POST
  @Path("renew")
  @Operation(summary = "A new address (practice manager); the old one stops playing")
  public ScreenView renew() {
    return screens.renew();
  }
}
