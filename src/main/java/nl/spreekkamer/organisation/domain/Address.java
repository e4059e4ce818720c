package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Violations;

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
    this.street = validStreet(street);
    this.postcode = Objects.requireNonNull(postcode);
    this.city = validCity(city);
  }

  /** The address, or {@code null} with each refused part kept in {@code violations}. */
  public static Address of(Violations violations, String street, String postcode, String city) {
    String validStreet = violations.check(() -> validStreet(street));
    Postcode validPostcode = violations.check(() -> Postcode.parse(postcode));
    String validCity = violations.check(() -> validCity(city));
    return validStreet == null || validPostcode == null || validCity == null
        ? null
        : new Address(validStreet, validPostcode, validCity);
  }

  private static String validStreet(String street) {
    return Checks.required("street", street, 120);
  }

  private static String validCity(String city) {
    return Checks.required("city", city, 80);
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
