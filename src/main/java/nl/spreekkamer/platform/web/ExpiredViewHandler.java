package nl.spreekkamer.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.Causes;
import nl.spreekkamer.platform.i18n.LocalPath;
import org.primefaces.csp.CspException;

/**
 * A form posted with a view state the server no longer has (the session ended, another tab logged
 * in, or the state was forged) is not a server error: the browser is sent on with a redirect, to
 * the login page when that was the form, otherwise to the page that explains and links back (issue
 * 16: never a 500 for this). Ajax requests get the redirect as a partial response.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());
  static final String LOGIN = "/login.xhtml";
  static final String EXPIRED = "/fout/verlopen.xhtml";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    FacesContext context = FacesContext.getCurrentInstance();
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      Throwable thrown = event.getException();
      if (expired(thrown) instanceof ViewExpiredException expired) {
        events.remove();
        redirect(context, expired.getViewId());
      } else if (context.isPostback()
          && (PhaseId.RESTORE_VIEW.equals(event.getPhaseId())
              || Causes.first(thrown, CspException.class::isInstance).isPresent())) {
        // A view state that is not even well-formed, or a form without the page's script nonce
        // (PrimeFaces checks it on every postback): forged or cut off, so expired as well.
        events.remove();
        redirect(context, requestedPage(context));
      }
    }
    getWrapped().handle();
  }

  private static String requestedPage(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    return request instanceof HttpServletRequest http ? http.getServletPath() : null;
  }

  private static Throwable expired(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof FacesException && !(current instanceof ViewExpiredException)) {
      current = current.getCause();
    }
    return current;
  }

  private static void redirect(FacesContext context, String viewId) {
    ExternalContext external = context.getExternalContext();
    String page = LocalPath.orHome(viewId);
    String target =
        page.equals(LOGIN)
            ? LOGIN
            : EXPIRED + "?terug=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    LOG.fine(() -> "Expired view " + page + ": redirected to " + target);
    try {
      external.redirect(external.getRequestContextPath() + target);
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
