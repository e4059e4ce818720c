package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.spreekkamer.platform.i18n.LocalPath;
import nl.spreekkamer.platform.security.LoginFailure;

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

  public void login() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (security.getCallerPrincipal() != null) {
      // Already logged in, e.g. in another tab: nothing to check, go where the form was heading.
      faces.redirect(LocalPath.orHome(terug));
      return;
    }
    if (!LoginFormToken.matches(request, token)) {
      password = null;
      ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_FORBIDDEN);
      token =
          LoginFormToken.issue(request, (HttpServletResponse) external.getResponse(), secureCookie);
      faces.error("login.expired");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        password == null ? "" : password)));
    password = null;
    switch (status) {
      case SUCCESS -> faces.redirect(LocalPath.orHome(terug));
      case SEND_CONTINUE -> context.responseComplete();
      default -> {
        if (request.getAttribute(LoginFailure.REQUEST_ATTRIBUTE) == LoginFailure.THROTTLED) {
          Object seconds = request.getAttribute(LoginFailure.RETRY_AFTER);
          HttpServletResponse response = (HttpServletResponse) external.getResponse();
          response.setStatus(429);
          response.setHeader("Retry-After", String.valueOf(seconds));
          faces.error("login.throttled", seconds);
        } else {
          faces.error("login.failed");
        }
      }
    }
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
