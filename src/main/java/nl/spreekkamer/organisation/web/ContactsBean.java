package nl.spreekkamer.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.ContactData;
import nl.spreekkamer.organisation.application.PracticeContactService;
import nl.spreekkamer.organisation.application.PracticeContactService.Colleague;
import nl.spreekkamer.organisation.application.PracticeContactService.ContactRow;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import org.primefaces.PrimeFaces;

/** The coordinator names and confirms each practice's contact at the gemeente. */
@Named
@ViewScoped
public class ContactsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PracticeContactService contacts;
  @Inject FacesSupport faces;

  private transient List<ContactRow> rows;
  private transient List<Colleague> colleagues;
  private Long praktijkId;
  private String praktijk;
  private Long version;
  private Long accountId;
  private String name;
  private String role;
  private String phone;
  private String email;

  public List<ContactRow> getRows() {
    if (rows == null) {
      rows = contacts.ofOwnGemeente();
    }
    return rows;
  }

  public List<Colleague> getColleagues() {
    if (colleagues == null) {
      colleagues = contacts.colleagues();
    }
    return colleagues;
  }

  public void start(ContactRow row) {
    praktijkId = row.praktijkId();
    praktijk = row.praktijk();
    version = row.version();
    accountId = row.accountGone() ? null : row.accountId();
    name = row.contact() == null ? null : row.contact().name();
    role = row.contact() == null ? null : row.contact().role();
    phone = row.contact() == null ? null : row.contact().phone();
    email = row.contact() == null ? null : row.contact().email();
  }

  /** A colleague chosen: their name and e-mail fill the form. */
  public void colleagueChosen() {
    getColleagues().stream()
        .filter(c -> accountId != null && c.id() == accountId)
        .findFirst()
        .ifPresent(
            c -> {
              name = c.name();
              email = c.email();
            });
  }

  public void save() {
    try {
      contacts.assign(praktijkId, new ContactData(accountId, name, role, phone, email, version));
      faces.info("contacts.saved", praktijk);
      rows = null;
      PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    } catch (DomainException e) {
      faces.error("contactForm", e);
    }
  }

  public void verify(ContactRow row) {
    try {
      contacts.verify(row.praktijkId(), row.version());
      faces.info("contacts.verifiedDone", row.praktijk());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    rows = null;
  }

  /** The dialog's title; no practice is chosen before the first "Instellen". */
  public String getDialogHeader() {
    return faces.text("contacts.dialog", praktijk == null ? "" : praktijk);
  }

  public String getPraktijk() {
    return praktijk;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
