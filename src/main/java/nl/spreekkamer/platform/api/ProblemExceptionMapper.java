package nl.spreekkamer.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.Causes;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.PayloadTooLargeException;
import nl.spreekkamer.platform.errors.PreconditionFailedException;
import nl.spreekkamer.platform.errors.Problem;
import nl.spreekkamer.platform.errors.ProblemFactory;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.TooManyAttemptsException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.platform.i18n.LocaleResolver;
import nl.spreekkamer.platform.i18n.Messages;

/**
 * Turns every exception that leaves a resource into a problem body with the right status. Only
 * genuine faults become a 500, and those never show a stack trace: they are logged instead.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = LocaleResolver.resolve(request);
    if (DatabaseUnavailable.causes(thrown)) {
      LOG.warning(() -> "Database unavailable on " + request.getRequestURI() + ": " + thrown);
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .type(Problem.MEDIA_TYPE)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .entity(ProblemFactory.of(locale, 503, "error.unavailable"))
          .build();
    }
    Problem problem = toProblem(unwrap(thrown), locale);
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (thrown instanceof NotAllowedException notAllowed) {
      response.allow(notAllowed.getResponse().getAllowedMethods());
    }
    Causes.first(thrown, TooManyAttemptsException.class::isInstance)
        .map(TooManyAttemptsException.class::cast)
        .ifPresent(tooMany -> response.header("Retry-After", tooMany.retryAfterSeconds()));
    return response.build();
  }

  private Problem toProblem(Throwable e, Locale locale) {
    if (e instanceof DomainException domain) {
      return ProblemFactory.of(locale, statusOf(domain), domain);
    }
    if (e instanceof ConstraintViolationException violations) {
      List<Problem.FieldError> errors =
          violations.getConstraintViolations().stream()
              .map(
                  v ->
                      new Problem.FieldError(
                          lastNode(v.getPropertyPath().toString()), v.getMessage()))
              .toList();
      return new Problem(
          "about:blank",
          Messages.get(locale, "problem.title.400"),
          400,
          Messages.get(locale, "error.validation"),
          errors);
    }
    if (e instanceof EJBAccessException) {
      return ProblemFactory.of(locale, 403, "error.forbidden");
    }
    if (e instanceof OptimisticLockException) {
      return ProblemFactory.of(locale, 409, "error.conflict.stale");
    }
    if (e instanceof PersistenceException) {
      LOG.log(Level.WARNING, "Persistence failure", e);
      return ProblemFactory.of(locale, 409, "error.conflict.persistence");
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return ProblemFactory.of(locale, 400, "error.body.unreadable");
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return ProblemFactory.of(locale, status, "error.http." + status);
    }
    LOG.log(Level.SEVERE, "Unexpected failure on " + request.getRequestURI(), e);
    return ProblemFactory.of(locale, 500, "error.internal");
  }

  private static int statusOf(DomainException e) {
    if (e instanceof ResourceNotFoundException) {
      return 404;
    }
    if (e instanceof AccessDeniedException) {
      return 403;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof PreconditionFailedException) {
      return 412;
    }
    if (e instanceof PayloadTooLargeException) {
      return 413;
    }
    if (e instanceof UnprocessableException) {
      return 422;
    }
    if (e instanceof TooManyAttemptsException) {
      return 429;
    }
    return 400;
  }

  /** Finds the meaningful cause inside EJB, transaction and JSON-B wrappers. */
  private static Throwable unwrap(Throwable thrown) {
    return Causes.first(thrown, ProblemExceptionMapper::isKnown).orElse(thrown);
  }

  private static boolean isKnown(Throwable e) {
    return e instanceof DomainException
        || e instanceof ConstraintViolationException
        || e instanceof EJBAccessException
        || e instanceof OptimisticLockException
        || e instanceof PersistenceException
        || e instanceof JsonbException
        || e instanceof WebApplicationException;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
