package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import nl.spreekkamer.organisation.application.MeView;
import nl.spreekkamer.organisation.application.PasswordChange;
import nl.spreekkamer.organisation.application.ProfileData;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.security.SpreekkamerAuthenticationMechanism;
import nl.spreekkamer.platform.web.FacesSupport;

/** The own profile page: name, e-mail, registration numbers and password. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProfileService profiles;
  @Inject FacesSupport faces;

  private MeView me;
  private String displayName;
  private String email;
  private String bigNumber;
  private String registerNumber;
  private String peRegister;
  private String kabizNumber;
  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  @PostConstruct
  void load() {
    show(profiles.me());
  }

  private void show(MeView view) {
    me = view;
    displayName = view.displayName();
    email = view.email();
    bigNumber = view.bigNumber();
    registerNumber = view.registerNumber();
    peRegister = view.peRegister();
    kabizNumber = view.kabizNumber();
  }

  public void save() {
    try {
      show(
          profiles.update(
              new ProfileData(
                  displayName,
                  email,
                  bigNumber,
                  registerNumber,
                  peRegister,
                  kabizNumber,
                  me.version())));
      faces.info("profile.saved");
    } catch (DomainException e) {
      faces.error("profileForm", e);
    }
  }

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      faces.error("validation.password.repeat");
      return;
    }
    try {
      profiles.changePassword(new PasswordChange(currentPassword, newPassword));
      SpreekkamerAuthenticationMechanism.renewSession(
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
      me = profiles.me();
      faces.infoAt("passwordForm", "profile.password.changed");
    } catch (DomainException e) {
      faces.error("passwordForm", e);
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public MeView getMe() {
    return me;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getBigNumber() {
    return bigNumber;
  }

  public void setBigNumber(String bigNumber) {
    this.bigNumber = bigNumber;
  }

  public String getRegisterNumber() {
    return registerNumber;
  }

  public void setRegisterNumber(String registerNumber) {
    this.registerNumber = registerNumber;
  }

  public String getPeRegister() {
    return peRegister;
  }

  public void setPeRegister(String peRegister) {
    this.peRegister = peRegister;
  }

  public String getKabizNumber() {
    return kabizNumber;
  }

  public void setKabizNumber(String kabizNumber) {
    this.kabizNumber = kabizNumber;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
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
}
