package nl.spreekkamer.platform.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.spreekkamer.platform.i18n.LocaleResolver;

/** Writes a problem body straight to a servlet response, for code that runs outside JAX-RS. */
@ApplicationScoped
public class ProblemWriter {
  private final Jsonb jsonb = JsonbBuilder.create();

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... arguments)
      throws IOException {
    Problem problem = ProblemFactory.of(LocaleResolver.resolve(request), status, key, arguments);
    byte[] body = jsonb.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
