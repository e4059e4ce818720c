package nl.spreekkamer.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.platform.i18n.LocaleResolver;

/**
 * Gives every Faces view the language chosen with the language switch (a cookie), and makes the
 * public pages stateless so that anonymous visitors never get an HTTP session. The view root must
 * be transient before rendering starts, or MyFaces creates a session anyway.
 */
public class SpreekkamerViewHandler extends ViewHandlerWrapper {
  /** Pages anyone may open without logging in; they hold no server-side state. */
  static final List<String> PUBLIC_VIEW_PREFIXES = List.of("/login.xhtml", "/fout/");

  public SpreekkamerViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isPublic(viewId)) {
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

  static boolean isPublic(String viewId) {
    return viewId != null && PUBLIC_VIEW_PREFIXES.stream().anyMatch(viewId::startsWith);
  }
}
