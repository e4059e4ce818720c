package nl.spreekkamer.organisation.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import nl.spreekkamer.organisation.application.AccountData;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.platform.security.Role;

/** The editable fields of an account in a form; organisation ids are set by the page's bean. */
public class MemberForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private Long version;
  private String username;
  private String displayName;
  private String email;
  private Role[] roles = new Role[0];
  private Long praktijkId;
  private Long gemeenteId;
  private String bigNumber;
  private String registerNumber;
  private String peRegister;
  private String kabizNumber;

  static MemberForm of(AccountView a) {
    MemberForm f = new MemberForm();
    f.id = a.id();
    f.version = a.version();
    f.username = a.username();
    f.displayName = a.displayName();
    f.email = a.email();
    f.roles = a.roles().toArray(new Role[0]);
    f.praktijkId = a.praktijk() == null ? null : a.praktijk().id();
    f.gemeenteId = a.gemeente() == null ? null : a.gemeente().id();
    f.bigNumber = a.bigNumber();
    f.registerNumber = a.registerNumber();
    f.peRegister = a.peRegister();
    f.kabizNumber = a.kabizNumber();
    return f;
  }

  AccountData toData() {
    return new AccountData(
        username,
        displayName,
        email,
        roles == null || roles.length == 0
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(List.of(roles)),
        praktijkId,
        gemeenteId,
        bigNumber,
        registerNumber,
        peRegister,
        kabizNumber,
        version);
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public Role[] getRoles() {
    return roles == null ? new Role[0] : roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public Long getPraktijkId() {
    return praktijkId;
  }

  public void setPraktijkId(Long praktijkId) {
    this.praktijkId = praktijkId;
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
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
}
