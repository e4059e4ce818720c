package nl.spreekkamer.organisation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Violations;

/**
 * The gemeente's debt-help desk (meldpunt geldzorgen): where practices refer to and what is printed
 * on the referral card and the posters. Immutable: replace it as a whole.
 */
@Embeddable
public class Meldpunt {
  @Column(name = "MELDPUNT_NAME", length = 120)
  private String name;

  @Column(name = "MELDPUNT_PHONE", length = 20)
  private String phone;

  @Column(name = "MELDPUNT_EMAIL", length = 254)
  private String email;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "MELDPUNT_STREET")),
    @AttributeOverride(name = "postcode", column = @Column(name = "MELDPUNT_POSTCODE")),
    @AttributeOverride(name = "city", column = @Column(name = "MELDPUNT_CITY"))
  })
  private Address address;

  @Column(name = "MELDPUNT_OPENING_HOURS", length = 200)
  private String openingHours;

  @Column(name = "MELDPUNT_WEBSITE", length = 200)
  private String website;

  protected Meldpunt() {}

  public Meldpunt(
      String name,
      String phone,
      String email,
      Address address,
      String openingHours,
      String website) {
    this.name = validName(name);
    this.phone = validPhone(phone);
    this.email = validEmail(email);
    this.address = Objects.requireNonNull(address);
    this.openingHours = validOpeningHours(openingHours);
    this.website = validWebsite(website);
  }

  /**
   * The meldpunt, or {@code null} with each refused detail kept in {@code violations} (an address
   * of {@code null} was refused already).
   */
  public static Meldpunt of(
      Violations violations,
      String name,
      String phone,
      String email,
      Address address,
      String openingHours,
      String website) {
    int before = violations.count();
    violations.check(() -> validName(name));
    violations.check(() -> validPhone(phone));
    violations.check(() -> validEmail(email));
    violations.check(() -> validOpeningHours(openingHours));
    violations.check(() -> validWebsite(website));
    return address == null || violations.count() > before
        ? null
        : new Meldpunt(name, phone, email, address, openingHours, website);
  }

  private static String validName(String name) {
    return Checks.required("meldpuntName", name, 120);
  }

  private static String validPhone(String phone) {
    return Checks.phone("meldpuntPhone", phone);
  }

  private static String validEmail(String email) {
    return Checks.email("meldpuntEmail", email);
  }

  private static String validOpeningHours(String openingHours) {
    return Checks.required("openingHours", openingHours, 200);
  }

  private static String validWebsite(String website) {
    return Checks.website("website", website);
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public Address address() {
    return address;
  }

  public String openingHours() {
    return openingHours;
  }

  public String website() {
    return website;
  }
}
