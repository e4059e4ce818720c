package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.platform.api.Downloads;
import nl.spreekkamer.referral.application.CardLayout;
import nl.spreekkamer.referral.application.CardRequest;
import nl.spreekkamer.referral.application.CardService;
import nl.spreekkamer.referral.application.PrintedPdf;
import nl.spreekkamer.referral.application.StackRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referral cards as print-ready PDFs for the user's own practice. Roles are checked by {@link
 * CardService}. The PDF endpoints also produce JSON, so a client that accepts only JSON still gets
 * problems as JSON.
 */
@Path("cards")
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verwijskaart")
public class CardResource {

  static final String REFERENCE_HEADER = "X-Card-Reference";

  @Inject CardService cards;

  @POST
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A referral card as PDF (layout A6, or A4 with the card on a sheet of four); every field"
              + " is optional, {} gives a blank card for your practice. The code is in X-Card-Reference.")
  public Response create(CardRequest request, @QueryParam("layout") String layout) {
    PrintedPdf printed =
        cards.print(request == null ? CardRequest.empty() : request, CardLayout.of(layout));
    String reference = printed.firstReference().value();
    return Downloads.pdf(printed.pdf(), "verwijskaart-" + reference + ".pdf")
        .header(REFERENCE_HEADER, reference)
        .build();
  }

  @POST
  @Path("preview")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "The front of the card as an image, marked as preview; nothing is recorded")
  public Response preview(CardRequest request) {
    return Response.ok(cards.preview(request == null ? CardRequest.empty() : request))
        .type("image/png")
        .build();
  }

  @POST
  @Path("stacks")
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A stack of 1 to 500 blank cards with your practice's and gemeente's details, four per A4"
              + " sheet, each with its own code")
  public Response stack(StackRequest request) {
    PrintedPdf printed =
        cards.stack(request == null ? new StackRequest(null, null, null) : request);
    return Downloads.pdf(printed.pdf(), "verwijskaarten-" + printed.references().size() + ".pdf")
        .header("X-Card-Count", printed.references().size())
        .build();
  }

  @GET
  @Path("locations")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The places for a first conversation that a gemeente offers")
  public List<String> locations(@QueryParam("gemeenteId") Long gemeenteId) {
    return cards.locations(gemeenteId);
  }
}
