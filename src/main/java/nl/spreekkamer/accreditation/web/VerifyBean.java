package nl.spreekkamer.accreditation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.spreekkamer.accreditation.application.CertificateService;
import nl.spreekkamer.accreditation.application.Verification;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;

/** The public verification page: the result for a code, or 404 when no certificate has it. */
@Named("verifyBean")
@RequestScoped
public class VerifyBean {
  @Inject CertificateService certificates;

  private String code;
  private Verification result;
  private boolean checked;

  /** Runs before rendering: looks the code up and sets the HTTP status. */
  public void check() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Object forwarded = context.getRequestMap().get(VerifyServlet.CODE_ATTRIBUTE);
    code = forwarded == null ? "" : forwarded.toString();
    if (code.isEmpty()) {
      return;
    }
    checked = true;
    try {
      result = certificates.verify(code);
    } catch (ResourceNotFoundException e) {
      context.setResponseStatus(404);
    }
  }

  /** The form: go to the address of the typed code. */
  public void lookUp() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String typed = code == null ? "" : code.strip();
    context.redirect(
        context.getRequestContextPath()
            + "/verify/"
            + URLEncoder.encode(typed.isEmpty() ? "-" : typed, StandardCharsets.UTF_8));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Verification getResult() {
    return result;
  }

  public boolean isChecked() {
    return checked;
  }
}
