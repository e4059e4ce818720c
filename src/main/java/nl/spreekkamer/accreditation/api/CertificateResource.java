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
import nl.spreekkamer.accreditation.application.CertificateService;
import nl.spreekkamer.accreditation.application.CertificateView;
import nl.spreekkamer.accreditation.application.Verification;
import nl.spreekkamer.platform.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificates of completed modules, and their public verification. */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Accreditatie")
public class CertificateResource {
  @Inject CertificateService certificates;

  @GET
  @Operation(summary = "Your certificates, newest first")
  public List<CertificateView> mine() {
    return certificates.mine();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "A certificate of yours (or of your team, for the practice manager)")
  public CertificateView get(@PathParam("code") String code) {
    return certificates.get(code);
  }

  @GET
  @Path("{code}/pdf")
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(summary = "The certificate as PDF, with its verification code and QR code")
  public Response pdf(@PathParam("code") String code) {
    return Downloads.pdf(certificates.pdf(code), "certificaat-" + code + ".pdf").build();
  }

  @GET
  @Path("{code}/verification")
  @Operation(
      summary =
          "Is this certificate genuine? Unknown codes give 404. Without login: the page"
              + " /verify/{code}")
  public Verification verify(@PathParam("code") String code) {
    return certificates.verify(code);
  }
}
