package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;

/** A Dutch postal address: street and number, postcode, place. Immutable. */
@Embeddable
public class Address {
  @Column(name = "STREET", length = 120)
  private String street;

  @Column(name = "POSTCODE", length = 7)
  private Postcode postcode;

  @Column(name = "CITY", length = 80)
  private String city;

  protected Address() {}

  public Address(String street, Postcode postcode, String city) {
    this.street = Checks.required("street", street, 120);
    this.postcode = Objects.requireNonNull(postcode);
    this.city = Checks.required("city", city, 80);
  }

  public String street() {
    return street;
  }

  public Postcode postcode() {
    return postcode;
  }

  public String city() {
    return city;
  }

  /** One line, as printed on a card: "Kerkstraat 12, 1234 AB Lindewaard". */
  public String oneLine() {
    return street + ", " + postcode + " " + city;
  }
}
