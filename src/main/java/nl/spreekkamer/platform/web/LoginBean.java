package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.spreekkamer.platform.i18n.LocalPath;
import nl.spreekkamer.platform.security.LoginFailure;
import nl.spreekkamer.platform.security.OneTimeCodeCredential;
import nl.spreekkamer.platform.security.SecondStep;

/**
 * The login form: checks the password through Jakarta Security and returns to the page asked for.
 */
@Named
@RequestScoped
public class LoginBean {
  /** Demo accounts shown on the login page in demo mode; all have the password "demo". */
  private static final java.util.List<String> DEMO_ACCOUNTS =
      java.util.List.of(
          "huisarts",
          "poh",
          "assistent",
          "praktijkmanager",
          "praktijkmanager-b",
          "intake",
          "coordinator",
          "intake-b",
          "redactie",
          "beheer");

  @Inject SecurityContext security;
  @Inject FacesSupport faces;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "spreekkamer.demo",
      defaultValue = "false")
  boolean demo;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "spreekkamer.cookie.secure",
      defaultValue = "true")
  boolean secureCookie;

  private String token;
  private String code;

  private String username;
  private String password;
  private String terug;

  /**
   * A logged-in user who opens the login page goes home instead; anyone else gets the form with a
   * token that must come back with it (login CSRF, issue 16).
   */
  public void redirectIfLoggedIn() {
    if (security.getCallerPrincipal() != null) {
      faces.redirect(LocalPath.orHome(terug));
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    token =
        LoginFormToken.issue(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            secureCookie);
  }

  /** The first step: username and password. */
  public void login() {
    Credential credential =
        new UsernamePasswordCredential(
            username == null ? "" : username.strip(), password == null ? "" : password);
    password = null;
    authenticate(credential);
  }

  /** The second step, with two-factor login on: the code of the app or a recovery code. */
  public void loginWithCode() {
    Credential credential = new OneTimeCodeCredential(code == null ? "" : code.strip());
    code = null;
    authenticate(credential);
  }

  /** Back from the second step to username and password. */
  public void back() {
    SecondStep.cancel(request());
    faces.redirect("/login.xhtml");
  }

  /** Whether the form asks for the code of the app (the password was right a moment ago). */
  public boolean isSecondStep() {
    return SecondStep.pendingUser(request()).isPresent();
  }

  private void authenticate(Credential credential) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (security.getCallerPrincipal() != null) {
      // Already logged in, e.g. in another tab: nothing to check, go where the form was heading.
      faces.redirect(LocalPath.orHome(terug));
      return;
    }
    if (!LoginFormToken.matches(request, token)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      token = LoginFormToken.issue(request, response, secureCookie);
      faces.error("login.expired");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    switch (status) {
      case SUCCESS -> faces.redirect(LocalPath.orHome(terug));
      case SEND_CONTINUE -> context.responseComplete();
      default -> failed(request, response);
    }
  }

  private void failed(HttpServletRequest request, HttpServletResponse response) {
    Object reason = request.getAttribute(LoginFailure.REQUEST_ATTRIBUTE);
    if (reason == LoginFailure.THROTTLED) {
      Object seconds = request.getAttribute(LoginFailure.RETRY_AFTER);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      faces.error("login.throttled", seconds);
    } else if (reason == LoginFailure.CODE_NEEDED) {
      return; // the page now asks for the code
    } else if (reason == LoginFailure.INVALID_CODE) {
      faces.error("login.code.failed");
    } else if (reason == LoginFailure.EXPIRED) {
      faces.error("login.code.expired");
    } else {
      faces.error("login.failed");
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The demo usernames when demo mode is on, otherwise none. */
  public java.util.List<String> getDemoAccounts() {
    return demo ? DEMO_ACCOUNTS : java.util.List.of();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getTerug() {
    return terug;
  }

  public void setTerug(String terug) {
    this.terug = terug;
  }
}
