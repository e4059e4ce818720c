package nl.spreekkamer.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import nl.spreekkamer.organisation.application.PasswordResetService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.TooManyAttemptsException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PublicAddress;

/** The two public pages of a forgotten password: ask for a link, then choose a new password. */
@Named
@RequestScoped
public class PasswordResetBean {
  @Inject PasswordResetService resets;
  @Inject PublicAddress address;
  @Inject FacesSupport faces;

  private String username;
  private String token;
  private String newPassword;
  private String repeatPassword;
  private boolean sent;
  private boolean done;

  public void request() {
    try {
      resets.request(username, address.base() + "/wachtwoord-herstellen.xhtml", faces.locale());
      sent = true;
    } catch (TooManyAttemptsException e) {
      response().setStatus(429);
      response().setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
      faces.error("resetForm", e);
    } catch (DomainException e) {
      faces.error("resetForm", e);
    }
  }

  public void complete() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      faces.error("validation.password.repeat");
      return;
    }
    try {
      resets.complete(token, newPassword);
      done = true;
    } catch (DomainException e) {
      // a bad token is about the link, not a field of the form: shown above the form
      faces.error("token".equals(e.field()) ? null : "newPasswordForm", e);
    } finally {
      newPassword = null;
      repeatPassword = null;
    }
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }

  public boolean isSent() {
    return sent;
  }

  public boolean isDone() {
    return done;
  }
}
