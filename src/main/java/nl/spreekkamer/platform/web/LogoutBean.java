package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logs out: ends the login and the session, then shows the login page. */
@Named
@RequestScoped
public class LogoutBean {
  @Inject FacesSupport faces;

  public void logout() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    faces.redirect("/login.xhtml?uitgelogd=true");
  }
}
