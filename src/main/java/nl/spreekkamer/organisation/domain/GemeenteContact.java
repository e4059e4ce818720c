package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Violations;

/**
 * The practice's named, stable contact at its gemeente (vaste contactpersoon): who to call about a
 * referral or about local help, and the day the coordinator last confirmed it. Often an intake
 * worker with an account ({@link #accountId}), so a deactivated account shows the contact left.
 */
@Embeddable
public class GemeenteContact {
  /** A contact not confirmed for this long is brought to the coordinator's attention. */
  public static final int VERIFY_MONTHS = 3;

  @Column(name = "CONTACT_NAME", length = 120)
  private String name;

  @Column(name = "CONTACT_ROLE", length = 120)
  private String role;

  @Column(name = "CONTACT_PHONE", length = 20)
  private String phone;

  @Column(name = "CONTACT_EMAIL", length = 254)
  private String email;

  @Column(name = "CONTACT_ACCOUNT_ID")
  private Long accountId;

  @Column(name = "CONTACT_VERIFIED_ON")
  private LocalDate verifiedOn;

  protected GemeenteContact() {}

  /** A contact as the coordinator enters it; each field checked and named when wrong. */
  public GemeenteContact(
      String name, String role, String phone, String email, Long accountId, LocalDate today) {
    Violations violations = new Violations();
    violations.check(() -> Checks.required("name", name, 120));
    violations.check(() -> Checks.optional("role", role, 120));
    violations.check(() -> Checks.phone("phone", phone));
    violations.check(() -> Checks.email("email", email));
    violations.throwIfAny();
    this.name = Checks.required("name", name, 120);
    this.role = Checks.optional("role", role, 120);
    this.phone = Checks.phone("phone", phone);
    this.email = Checks.email("email", email);
    this.accountId = accountId;
    this.verifiedOn = today;
  }

  /** Whether a contact is set (JPA leaves an empty embeddable as all nulls). */
  public boolean isSet() {
    return name != null;
  }

  /** The coordinator confirms the contact is still right. */
  GemeenteContact verified(LocalDate today) {
    GemeenteContact c = new GemeenteContact();
    c.name = name;
    c.role = role;
    c.phone = phone;
    c.email = email;
    c.accountId = accountId;
    c.verifiedOn = today;
    return c;
  }

  /** Whether the coordinator should look at it again on {@code today}. */
  public boolean unverified(LocalDate today) {
    return verifiedOn == null || verifiedOn.isBefore(today.minusMonths(VERIFY_MONTHS));
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public Long accountId() {
    return accountId;
  }

  public LocalDate verifiedOn() {
    return verifiedOn;
  }
}
