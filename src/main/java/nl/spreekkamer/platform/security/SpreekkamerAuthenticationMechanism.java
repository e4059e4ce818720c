package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;
import nl.spreekkamer.platform.errors.ProblemWriter;
import nl.spreekkamer.platform.health.DatabaseProbe;

/**
 * The one authentication mechanism of the application (see docs/decisions/0003): form login from
 * the login page kept in the HTTP session, HTTP Basic for scripts on {@code /api}, a 401 problem
 * for anonymous API calls and a redirect to the login page for anonymous page requests.
 */
@ApplicationScoped
public class SpreekkamerAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** Session attribute holding the logged-in username. */
  public static final String SESSION_USER = "spreekkamer.username";

  /** Session attribute holding when the login began (an {@link Instant}). */
  static final String SESSION_START = "spreekkamer.sessionStart";

  /** The page where a one-time password is replaced. */
  static final String PASSWORD_PAGE = "/profiel.xhtml";

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String UNAVAILABLE_PAGE = "/fout/503.html";
  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identityStores;
  @Inject CallerDirectory directory;
  @Inject ApiKeyDirectory apiKeys;
  @Inject ProblemWriter problems;
  @Inject DatabaseProbe database;
  @Inject SecondStep secondStep;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      // A login on the login page lets the page show the fault (DatabaseUnavailableFilter).
      if (context.isAuthenticationRequest() || !DatabaseUnavailable.causes(e)) {
        throw e;
      }
      // A public page goes on anonymously; if it needs the database, it answers 503 itself.
      return context.isProtected() ? unavailable(request, response) : context.doNothing();
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return loginFromForm(request, context, credential);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return basic(authorization.substring(BASIC.length()).strip(), request, response, context);
    }
    if (authorization != null
        && isApi(request)
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return apiKey(authorization.substring(BEARER.length()).strip(), request, response, context);
    }
    if (request.getServletPath().startsWith("/jakarta.faces.resource")) {
      return context.doNothing();
    }
    Optional<AuthenticationStatus> restored = restoreFromSession(request, response, context);
    if (restored.isPresent()) {
      return restored.get();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (request.getRequestedSessionId() != null
        && (DatabaseUnavailable.seenRecently() || !database.answers())) {
      // With several servers the sessions live in the database: it is down, not the login. The
      // session may be lost, or known but with its attributes unreadable (then it looks valid and
      // has no user), so any session cookie without a login asks the database first. Liberty's
      // session store can still fail to read sessions for a moment after the database answers
      // again, so shortly after an outage such a request is told to try again, not to log in.
      return unavailable(request, response);
    }
    if (isApi(request)) {
      return challenge(request, response, "error.unauthenticated");
    }
    return context.redirect(loginUrl(request));
  }

  private AuthenticationStatus loginFromForm(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (credential instanceof OneTimeCodeCredential code) {
      Optional<String> username = secondStep.complete(request, code.code());
      Optional<CallerDirectory.ActiveCaller> caller = username.flatMap(directory::active);
      if (caller.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE; // the login page shows why
      }
      return loggedIn(request, context, new CallerPrincipal(username.get()), caller.get().roles());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE; // the login page shows why
    }
    String username = result.getCallerPrincipal().getName();
    if (directory.active(username).map(CallerDirectory.ActiveCaller::twoFactor).orElse(false)) {
      secondStep.await(request, username);
      request.setAttribute(LoginFailure.REQUEST_ATTRIBUTE, LoginFailure.CODE_NEEDED);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return loggedIn(request, context, result.getCallerPrincipal(), result.getCallerGroups());
  }

  /** The login is complete: a fresh session id, and the user and the time kept in the session. */
  private static AuthenticationStatus loggedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      CallerPrincipal principal,
      Set<String> roles) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    } else {
      session = request.getSession(true);
    }
    session.setAttribute(SESSION_USER, principal.getName());
    session.setAttribute(SESSION_START, Instant.now());
    return context.notifyContainerAboutLogin(principal, roles);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(request, response, "error.basic.malformed");
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return challenge(request, response, "error.basic.malformed");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (request.getAttribute(LoginFailure.REQUEST_ATTRIBUTE) == LoginFailure.THROTTLED) {
        return tooManyAttempts(request, response);
      }
      return challenge(request, response, "error.basic.invalid");
    }
    String username = result.getCallerPrincipal().getName();
    Optional<CallerDirectory.ActiveCaller> caller = directory.active(username);
    if (caller.isEmpty()) {
      return challenge(request, response, "error.basic.invalid");
    }
    if (caller.get().twoFactor()) {
      // the password alone is not enough: scripts use the gemeente's API key
      return challenge(request, response, "error.basic.twoFactor");
    }
    if (caller.get().mustChangePassword() && !mayUseOneTimePassword(request)) {
      return profileFirst(request, response, "error.passwordChangeRequired");
    }
    if (caller.get().mustEnrolTwoFactor() && !mayUseWithoutSecondStep(request)) {
      return profileFirst(request, response, "error.twoFactorRequired");
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** A system client's API key: no session, one role, scoped to its gemeente by {@code Caller}. */
  private AuthenticationStatus apiKey(
      String key,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<String> caller = apiKeys.verify(key);
    if (caller.isEmpty()) {
      return challenge(request, response, "error.apiKey.invalid");
    }
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(caller.get()), Set.of(Roles.GEMEENTE_SYSTEEM));
  }

  private Optional<AuthenticationStatus> restoreFromSession(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
      return Optional.empty();
    }
    Optional<CallerDirectory.ActiveCaller> caller = directory.active(username);
    Instant start = session.getAttribute(SESSION_START) instanceof Instant instant ? instant : null;
    if (caller.isEmpty() || !caller.get().sessionValid(start)) {
      // deactivated, or the password was changed since this session began
      session.invalidate();
      return Optional.empty();
    }
    if (caller.get().mustChangePassword() && !mayUseOneTimePassword(request)) {
      if (isApi(request)) {
        return Optional.of(profileFirst(request, response, "error.passwordChangeRequired"));
      }
      return Optional.of(context.redirect(request.getContextPath() + PASSWORD_PAGE));
    }
    if (caller.get().mustEnrolTwoFactor() && !mayUseWithoutSecondStep(request)) {
      if (isApi(request)) {
        return Optional.of(profileFirst(request, response, "error.twoFactorRequired"));
      }
      return Optional.of(context.redirect(request.getContextPath() + PASSWORD_PAGE));
    }
    return Optional.of(
        context.notifyContainerAboutLogin(new CallerPrincipal(username), caller.get().roles()));
  }

  /**
   * After the user changed the own password in this session: the session goes on, while every other
   * session of the account, which began before the change, ends at its next request.
   */
  public static void renewSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SESSION_START, Instant.now());
    }
  }

  /** With a one-time password only the own profile and the password change are open. */
  private static boolean mayUseOneTimePassword(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if (isApi(request)) {
      return path.equals("/api/me")
          ? "GET".equals(request.getMethod())
          : path.equals("/api/me/password") && "POST".equals(request.getMethod());
    }
    return path.equals(PASSWORD_PAGE) || path.startsWith("/fout/");
  }

  /** Until two-factor login is enrolled, only the own profile and its two-factor calls are open. */
  private static boolean mayUseWithoutSecondStep(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    return mayUseOneTimePassword(request) || path.startsWith("/api/me/two-factor");
  }

  /** 403: the account must first do something on its profile (the message says what). */
  private AuthenticationStatus profileFirst(
      HttpServletRequest request, HttpServletResponse response, String messageKey) {
    return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, messageKey);
  }

  /** 429 with the wait: the attempt was not checked, so it says nothing about the password. */
  private AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response) {
    Object seconds = request.getAttribute(LoginFailure.RETRY_AFTER);
    response.setHeader("Retry-After", String.valueOf(seconds));
    return refuse(request, response, 429, "error.tooManyAttempts", seconds);
  }

  private AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, String messageKey) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Spreekkamer\", charset=\"UTF-8\"");
    // (Liberty still parses a colon-less Basic header after this and logs an FFDC, but the
    // client gets this 401 problem, never a 500.)
    return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, messageKey);
  }

  /** Answers with a problem body; the response is then complete. */
  private AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String messageKey,
      Object... arguments) {
    try {
      problems.write(request, response, status, messageKey, arguments);
    } catch (IOException e) {
      response.setStatus(status);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The database is down: a 503 problem for the API, the static 503 page for pages. */
  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    try {
      if (isApi(request)) {
        problems.write(
            request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
      } else {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = request.getServletContext().getResourceAsStream(UNAVAILABLE_PAGE)) {
          page.transferTo(response.getOutputStream());
        }
      }
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The browser sent a session cookie, but no session goes with it (ended, or unreadable). */
  private static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api");
  }

  private static String loginUrl(HttpServletRequest request) {
    String target =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + LOGIN_PAGE
        + "?terug="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
