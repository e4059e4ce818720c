package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Faces helpers for beans: localised messages, domain errors on their field, redirects. */
@ApplicationScoped
public class FacesSupport {
  public Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String text(String key, Object... arguments) {
    return Messages.get(locale(), key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** A confirmation shown where the action was, by a {@code p:messages for="formId"} there. */
  public void infoAt(String formId, String key, Object... arguments) {
    add(formId, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /**
   * Shows a refused business rule: next to its field when the form has an input whose id is the
   * field name (inside {@code formId}), otherwise at the top of the page. The field is marked
   * invalid, so it is announced as such and {@code p:focus} can put the cursor in the first one.
   * Several refused inputs ({@link Violations}) are each shown at their own field.
   */
  public void error(String formId, DomainException e) {
    if (e instanceof Violations.InvalidInputs several) {
      several.each().forEach(one -> place(formId, one));
    } else {
      place(formId, e);
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void place(String formId, DomainException e) {
    String message = text(e.messageKey(), e.arguments());
    String clientId = null;
    if (e.field() != null && formId != null) {
      String candidate = formId + ":" + e.field();
      UIComponent field =
          FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + candidate);
      if (field != null) {
        clientId = candidate;
        if (field instanceof UIInput input) {
          keepTyped(input);
          input.setValid(false);
        }
      }
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, message);
  }

  /**
   * Keeps what the person typed in a text field the service refused: after the model update the
   * field has no submitted value any more, and PrimeFaces renders an invalid field without one
   * empty (it reads empty input as null), so the refused text would be lost.
   */
  private static void keepTyped(UIInput input) {
    if (input.getSubmittedValue() == null && input.getValue() instanceof String typed) {
      input.setSubmittedValue(typed);
    }
  }

  /** Whether this request ran into a refused input or rule. */
  public boolean validationFailed() {
    return FacesContext.getCurrentInstance().isValidationFailed();
  }

  /** Keeps messages across a redirect (post-redirect-get). */
  public void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public void redirect(String path) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file for {@code p:fileDownload}, e.g. a PDF made in memory. */
  public StreamedContent download(byte[] content, String fileName, String contentType) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /**
   * Starts the download behind the (non-Ajax) button {@code buttonClientId} once this Ajax response
   * has updated the page, e.g. the PDF an action has just made.
   */
  public void startDownload(String buttonClientId) {
    PrimeFaces.current()
        .executeScript(
            "document.getElementById('" + buttonClientId.replace("'", "") + "').click();");
  }

  /** Shows a table from its first row again, e.g. after a new search. */
  public void firstPage(String tableClientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + tableClientId)
        instanceof UIData table) {
      table.setFirst(0);
    }
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
