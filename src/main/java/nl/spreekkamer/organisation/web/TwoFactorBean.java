package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.TwoFactorService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.pdf.QrCode;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * Two-factor login on the own profile page: set up with the app (QR code, or the key typed in),
 * confirm with a code, keep the recovery codes shown once; switch off with a code.
 */
@Named
@ViewScoped
public class TwoFactorBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TwoFactorService twoFactor;
  @Inject FacesSupport faces;

  private TwoFactorService.Status status;
  private String secret;
  private String qrCode;
  private List<String> recoveryCodes = List.of();
  private String code;

  @PostConstruct
  void load() {
    status = twoFactor.status();
  }

  public void start() {
    try {
      TwoFactorService.Setup setup = twoFactor.begin();
      secret = setup.secret();
      qrCode = QrCode.pngDataUri(setup.otpauthUri());
    } catch (DomainException e) {
      faces.error("twoFactorForm", e);
    }
  }

  public void confirm() {
    try {
      recoveryCodes = twoFactor.confirm(code);
      secret = null;
      qrCode = null;
      status = twoFactor.status();
      faces.infoAt("twoFactorForm", "profile.twoFactor.enabled");
    } catch (DomainException e) {
      faces.error("twoFactorForm", e);
    } finally {
      code = null;
    }
  }

  public void disable() {
    try {
      twoFactor.disable(code);
      recoveryCodes = List.of();
      status = twoFactor.status();
      faces.infoAt("twoFactorForm", "profile.twoFactor.disabled");
    } catch (InvalidInputException e) {
      // the code of this form is typed into "disableCode": show the message there
      faces.error("twoFactorForm", new InvalidInputException("disableCode", e.messageKey()));
    } catch (DomainException e) {
      faces.error("twoFactorForm", e);
    } finally {
      code = null;
    }
  }

  public TwoFactorService.Status getStatus() {
    return status;
  }

  /** The key in groups of four, as it is easiest to type into an app. */
  public String getSecret() {
    return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  public String getQrCode() {
    return qrCode;
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
