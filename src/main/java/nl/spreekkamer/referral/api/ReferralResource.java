package nl.spreekkamer.referral.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.spreekkamer.platform.api.Downloads;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.referral.application.AttemptRequest;
import nl.spreekkamer.referral.application.AuditView;
import nl.spreekkamer.referral.application.FeedbackRequest;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.LetterRequest;
import nl.spreekkamer.referral.application.PatientDataExport;
import nl.spreekkamer.referral.application.ReferralRequest;
import nl.spreekkamer.referral.application.ReferralService;
import nl.spreekkamer.referral.application.ReferralView;
import nl.spreekkamer.referral.application.StatusRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals: the practice makes and follows them, the gemeente works them. Roles and tenants are
 * checked by the services; a referral of another practice or gemeente is not found (404).
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verwijzingen")
public class ReferralResource {
  @Inject ReferralService referrals;
  @Inject IntakeService intake;

  @POST
  @Operation(
      summary =
          "A referral to the gemeente's meldpunt with the patient's consent (consent.share must be"
              + " true, textVersion the current consent text)")
  public Response create(ReferralRequest request, @Context UriInfo uri) {
    Checks.body(request);
    ReferralView created = referrals.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The referrals of your own practice, newest first")
  public Page<ReferralView> list(
      @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
    return referrals.ofOwnPraktijk(first, max);
  }

  @GET
  @Path("{id}")
  public ReferralView get(@PathParam("id") long id) {
    return referrals.get(id);
  }

  @POST
  @Path("{id}/status")
  @Operation(summary = "The next status (gemeente); closing needs an outcome; version is required")
  public ReferralView status(@PathParam("id") long id, StatusRequest request) {
    Checks.body(request);
    return intake.changeStatus(id, request);
  }

  @POST
  @Path("{id}/assign")
  @Operation(summary = "Pick up: assign to yourself or (accountId) to a colleague; {version}")
  public ReferralView assign(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "accountId", "version");
    return intake.assign(
        id, JsonFields.wholeNumber(body, "accountId"), JsonFields.wholeNumber(body, "version"));
  }

  @POST
  @Path("{id}/transfer")
  @Operation(
      summary =
          "The patient moved: hand the referral over to that gemeente's queue; {gemeenteId,"
              + " version, note}")
  public ReferralView transfer(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "gemeenteId", "note", "version");
    return intake.transfer(
        id,
        JsonFields.wholeNumber(body, "gemeenteId"),
        JsonFields.text(body, "note"),
        JsonFields.wholeNumber(body, "version"));
  }

  @POST
  @Path("{id}/contact-attempts")
  @Operation(summary = "Log a contact attempt (gemeente)")
  public Response attempt(@PathParam("id") long id, AttemptRequest request) {
    Checks.body(request);
    return Response.status(Response.Status.CREATED).entity(intake.addAttempt(id, request)).build();
  }

  @POST
  @Path("{id}/feedback")
  @Operation(summary = "Written feedback for the practice (gemeente)")
  public ReferralView feedback(@PathParam("id") long id, FeedbackRequest request) {
    Checks.body(request);
    return intake.giveFeedback(id, request);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Take back a referral the gemeente has not picked up (practice); {version}")
  public ReferralView withdraw(@PathParam("id") long id, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "version");
    return referrals.withdraw(id, JsonFields.wholeNumber(body, "version"));
  }

  @POST
  @Path("{id}/letter")
  @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A letter (PDF, plain language) inviting the patient to the first conversation, with two"
              + " named contacts (gemeente)")
  public Response letter(@PathParam("id") long id, LetterRequest request) {
    Checks.body(request);
    return Downloads.pdf(intake.letter(id, request), "uitnodiging-" + id + ".pdf").build();
  }

  @POST
  @Path("{id}/erase")
  @Operation(
      summary =
          "Erase the patient's personal data on request (AVG), keeping the counts"
              + " (GEMEENTE_COORDINATOR)")
  public ReferralView erase(@PathParam("id") long id) {
    return referrals.erase(id);
  }

  @GET
  @Path("{id}/export")
  @Operation(
      summary =
          "All data held about the patient of this referral, as a JSON file, for a request under"
              + " the AVG (GEMEENTE_COORDINATOR); the export is logged")
  public Response export(@PathParam("id") long id) {
    PatientDataExport export = referrals.export(id);
    return Response.ok(export)
        .header(
            "Content-Disposition",
            "attachment; filename=\"verwijzing-" + export.referral().reference() + ".json\"")
        .build();
  }

  @GET
  @Path("{id}/audit")
  @Operation(summary = "Who saw or changed the referral (gemeente)")
  public List<AuditView> audit(@PathParam("id") long id) {
    return referrals.audit(id);
  }
}
