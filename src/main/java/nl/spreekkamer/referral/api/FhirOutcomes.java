package nl.spreekkamer.referral.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import nl.spreekkamer.platform.errors.Problem;

/**
 * Under {@code /api/fhir} a failure answers as a FHIR client expects it: an OperationOutcome with
 * an issue per refused field (its {@code expression}) instead of the problem body the rest of the
 * API gives. The status and the text in the user's language stay the same. (Refusals before the
 * application is reached, such as a missing login, keep the problem body.)
 */
@Provider
public class FhirOutcomes implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!(response.getEntity() instanceof Problem problem)
        || !(path.startsWith("fhir/") || path.startsWith("/fhir/"))) {
      return;
    }
    JsonArrayBuilder issues = Json.createArrayBuilder();
    String code = code(problem.status());
    if (problem.errors() == null || problem.errors().isEmpty()) {
      issues.add(issue(code, problem.detail() != null ? problem.detail() : problem.title()));
    } else {
      for (Problem.FieldError error : problem.errors()) {
        issues.add(
            issue(code, error.message())
                .add("expression", Json.createArrayBuilder().add(error.field())));
      }
    }
    String outcome =
        Json.createObjectBuilder()
            .add("resourceType", "OperationOutcome")
            .add("issue", issues)
            .build()
            .toString();
    response.setEntity(outcome, new Annotation[0], MediaType.valueOf(FhirTaskResource.FHIR_JSON));
  }

  private static JsonObjectBuilder issue(String code, String text) {
    return Json.createObjectBuilder()
        .add("severity", "error")
        .add("code", code)
        .add("details", Json.createObjectBuilder().add("text", text == null ? "" : text));
  }

  /** The FHIR issue type for an HTTP status. */
  private static String code(int status) {
    return switch (status) {
      case 400, 413, 415, 422 -> "invalid";
      case 401 -> "login";
      case 403 -> "forbidden";
      case 404, 410 -> "not-found";
      case 405 -> "not-supported";
      case 409, 412 -> "conflict";
      case 429 -> "throttled";
      case 503 -> "transient";
      default -> "exception";
    };
  }
}
