package nl.spreekkamer.learning.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.learning.application.AnswerFeedback;
import nl.spreekkamer.learning.application.AttemptResult;
import nl.spreekkamer.learning.application.AttemptView;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.LessonDetail;
import nl.spreekkamer.learning.application.ModuleDetail;
import nl.spreekkamer.learning.application.ModuleSummary;
import nl.spreekkamer.platform.api.JsonFields;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The e-learning for the logged-in learner: modules for their roles, lessons, progress and the
 * final test. A module for another role is not found (404).
 */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "E-learning")
public class ModuleResource {
  private static final int MAX_OPTIONS = 6;

  @Inject LearningService learning;

  @GET
  @Operation(summary = "The modules you may take, with your status in each")
  public List<ModuleSummary> modules() {
    return learning.modules();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A module with its lessons and your progress")
  public ModuleDetail module(@PathParam("id") String id) {
    return learning.module(id);
  }

  @GET
  @Path("{id}/lessons/{lessonId}")
  @Operation(summary = "A lesson's text (HTML) and cases; reading it is recorded by /progress")
  public LessonDetail lesson(@PathParam("id") String id, @PathParam("lessonId") String lessonId) {
    return learning.lesson(id, lessonId);
  }

  @POST
  @Path("{id}/lessons/{lessonId}/open")
  @Operation(
      summary =
          "You opened a lesson: resumeLessonId names it from now on; it is not seen until /progress")
  public ModuleDetail open(@PathParam("id") String id, @PathParam("lessonId") String lessonId) {
    return learning.openLesson(id, lessonId);
  }

  @POST
  @Path("{id}/lessons/{lessonId}/progress")
  @Operation(summary = "You read a lesson: {seconds} spent in it (0-1800); marks it seen")
  public ModuleDetail progress(
      @PathParam("id") String id, @PathParam("lessonId") String lessonId, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "seconds");
    Long seconds = JsonFields.wholeNumber(body, "seconds");
    if (seconds == null) {
      throw new InvalidInputException("seconds", "validation.number");
    }
    // beyond int range is out of the allowed range anyway; the domain names the limits
    int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds));
    return learning.recordVisit(id, lessonId, clamped);
  }

  @POST
  @Path("{id}/restart")
  @Operation(summary = "Take the module again (e.g. after it expired); lessons and test count anew")
  public ModuleDetail restart(@PathParam("id") String id) {
    return learning.restart(id);
  }

  @POST
  @Path("{id}/attempts")
  @Operation(summary = "Start the final test, or continue the open attempt; questions are shuffled")
  public Response start(@PathParam("id") String id) {
    return Response.status(Response.Status.CREATED).entity(learning.startAttempt(id)).build();
  }

  @GET
  @Path("{id}/attempts/{attemptId}")
  public AttemptView attempt(@PathParam("id") String id, @PathParam("attemptId") long attemptId) {
    return learning.attempt(id, attemptId);
  }

  @POST
  @Path("{id}/attempts/{attemptId}/answers")
  @Operation(summary = "Answer one question: {questionId, options: [\"a\", ...]}; feedback at once")
  public AnswerFeedback answer(
      @PathParam("id") String id, @PathParam("attemptId") long attemptId, JsonObject body) {
    Checks.body(body);
    JsonFields.only(body, "questionId", "options");
    String questionId = Checks.required("questionId", JsonFields.text(body, "questionId"), 60);
    return learning.answer(id, attemptId, questionId, options(body));
  }

  @POST
  @Path("{id}/attempts/{attemptId}/submit")
  @Operation(summary = "Hand in the test once every question is answered; returns the result")
  public AttemptResult submit(@PathParam("id") String id, @PathParam("attemptId") long attemptId) {
    return learning.submit(id, attemptId);
  }

  @GET
  @Path("{id}/media/{name}")
  @Produces({"image/svg+xml", "image/png", "image/jpeg", "image/webp"})
  @Operation(summary = "An image used in the module's lessons")
  public Response media(@PathParam("id") String id, @PathParam("name") String name) {
    byte[] bytes = learning.media(id, name);
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(3600);
    return Response.ok(bytes, mediaType(name)).cacheControl(cache).build();
  }

  private static String mediaType(String name) {
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "webp" -> "image/webp";
      default -> "image/jpeg";
    };
  }

  private static Set<String> options(JsonObject body) {
    JsonValue value = body.get("options");
    if (value == null || value == JsonValue.NULL) {
      throw new InvalidInputException("options", "validation.test.choose");
    }
    if (!(value instanceof JsonArray array) || array.size() > MAX_OPTIONS) {
      throw new InvalidInputException("options", "validation.test.options");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (JsonValue element : array) {
      if (!(element instanceof JsonString key) || key.getString().length() != 1) {
        throw new InvalidInputException("options", "validation.test.options");
      }
      keys.add(key.getString());
    }
    return keys;
  }
}
