package nl.spreekkamer.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.catalogue.application.CatalogueItemView;
import nl.spreekkamer.catalogue.application.CatalogueService;
import nl.spreekkamer.catalogue.application.ItemFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of waiting-room material. Roles are checked by the service. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogus")
public class CatalogueResource {
  static final String SVG = "image/svg+xml";

  @Inject CatalogueService catalogue;

  @GET
  @Operation(summary = "All items: id, type, title, languages, formats, sizes, variants, downloads")
  public List<CatalogueItemView> all() {
    return catalogue.items();
  }

  @GET
  @Path("{id}")
  public CatalogueItemView one(@PathParam("id") String id) {
    return catalogue.item(id);
  }

  @GET
  @Path("{id}/download")
  @Produces({"application/pdf", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The item personalised with the meldpunt of your gemeente (or gemeenteId for redactie"
              + " and beheer, or for practice staff printing for a patient elsewhere):"
              + " format=pdf|html, size=A3|A4|A5, lang=nl|en|tr|pl")
  public Response download(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("size") String size,
      @QueryParam("lang") String lang,
      @QueryParam("gemeenteId") Long gemeenteId) {
    ItemFile file = catalogue.download(id, format, size, lang, gemeenteId);
    String disposition = file.mediaType().equals("application/pdf") ? "inline" : "attachment";
    return Response.ok(file.content())
        .type(file.mediaType() + (file.mediaType().startsWith("text/") ? "; charset=UTF-8" : ""))
        .header("Content-Disposition", disposition + "; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @GET
  @Path("{id}/preview")
  @Produces({SVG, MediaType.APPLICATION_JSON})
  @Operation(summary = "A preview picture of the item (SVG, sample contact details)")
  public Response preview(@PathParam("id") String id) {
    return Response.ok(catalogue.preview(id), SVG + "; charset=UTF-8")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }
}
