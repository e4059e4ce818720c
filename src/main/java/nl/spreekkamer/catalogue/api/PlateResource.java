package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreekkamer.catalogue.application.PlateService;
import nl.spreekkamer.platform.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The talking plate (praatplaat) as a print-ready PDF. Roles are checked by the service. */
@Path("praatplaat")
@PermitAll
@Tag(name = "Praatplaat")
public class PlateResource {
  @Inject PlateService plates;

  @GET
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The talking plate, A4 landscape, two sides, with the meldpunt of your gemeente (or"
              + " gemeenteId); lang nl, en, tr or pl")
  public Response get(@QueryParam("lang") String lang, @QueryParam("gemeenteId") Long gemeenteId) {
    String code = lang == null || lang.isBlank() ? "nl" : lang.strip();
    return Downloads.pdf(plates.pdf(lang, gemeenteId), "praatplaat-" + code + ".pdf").build();
  }
}
