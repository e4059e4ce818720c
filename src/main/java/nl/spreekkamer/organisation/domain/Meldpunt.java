package nl.spreekkamer.organisation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;

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
    this.name = Checks.required("meldpuntName", name, 120);
    this.phone = Checks.phone("meldpuntPhone", phone);
    this.email = Checks.email("meldpuntEmail", email);
    this.address = Objects.requireNonNull(address);
    this.openingHours = Checks.required("openingHours", openingHours, 200);
    this.website = Checks.website("website", website);
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
