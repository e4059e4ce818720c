package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.organisation.application.MailSettings;
import nl.spreekkamer.organisation.application.MeView;
import nl.spreekkamer.organisation.application.PasswordChange;
import nl.spreekkamer.organisation.application.ProfileData;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.organisation.domain.MailTopic;
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
  private MailSettings mailSettings;
  private String mailLanguage;
  private List<String> mailOn = new ArrayList<>();

  @PostConstruct
  void load() {
    show(profiles.me());
    if (!me.system()) {
      showMail(profiles.mailSettings());
    }
  }

  private void showMail(MailSettings settings) {
    mailSettings = settings;
    mailLanguage = settings.language();
    mailOn =
        new ArrayList<>(
            settings.topics().stream()
                .map(Enum::name)
                .filter(t -> !settings.off().contains(t))
                .toList());
  }

  /** Saves the language of mails and which optional mails come; the profile keeps its edits. */
  public void saveMail() {
    try {
      List<String> off =
          mailSettings.topics().stream()
              .filter(t -> !mailOn.contains(t.name()))
              .map(Enum::name)
              .toList();
      showMail(profiles.changeMailSettings(new MailSettings(mailLanguage, null, off)));
      me = profiles.me();
      faces.info("profile.mail.saved");
    } catch (DomainException e) {
      faces.error("mailForm", e);
    }
  }

  public List<MailTopic> getMailTopics() {
    return mailSettings == null ? List.of() : mailSettings.topics();
  }

  public String getMailLanguage() {
    return mailLanguage;
  }

  public void setMailLanguage(String mailLanguage) {
    this.mailLanguage = mailLanguage;
  }

  public List<String> getMailOn() {
    return mailOn;
  }

  public void setMailOn(List<String> mailOn) {
    this.mailOn = mailOn == null ? new ArrayList<>() : new ArrayList<>(mailOn);
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
