package nl.spreekkamer.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.spreekkamer.platform.i18n.LocaleResolver;

/**
 * Gives every Faces view the language chosen with the language switch (a cookie), and renders every
 * view for an anonymous visitor stateless, so that they never get an HTTP session. Only public
 * pages (web.xml) reach Faces without a login, so no second list of them is kept here. The view
 * root must be transient before rendering starts, or MyFaces creates a session anyway.
 */
public class SpreekkamerViewHandler extends ViewHandlerWrapper {
  private static final String LOGIN = "/login.xhtml";

  public SpreekkamerViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null
        && (context.getExternalContext().getUserPrincipal() == null || LOGIN.equals(viewId))) {
      // The login page is stateless even for a logged-in user: a second tab's form, rendered
      // before the first tab logged in, comes back without server state (it has its own token).
      root.setTransient(true);
    }
    return root;
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http) {
      return LocaleResolver.forPage(http);
    }
    return LocaleResolver.DUTCH;
  }
}
