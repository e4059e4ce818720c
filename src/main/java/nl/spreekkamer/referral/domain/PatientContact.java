package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * The only personal data a referral holds: name and how to reach the patient. No medical data.
 * Erased when the retention period of a closed referral ends.
 */
@Embeddable
public class PatientContact {
  public static final int MAX_NAME = 80;

  @Column(name = "PATIENT_NAME", length = MAX_NAME)
  private String name;

  @Column(name = "PATIENT_PHONE", length = 20)
  private String phone;

  @Column(name = "PATIENT_EMAIL", length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "CONTACT_PREFERENCE", length = 20)
  private ContactPreference preference;

  @Column(name = "CALL_TIMES", length = 80)
  private String callTimes;

  protected PatientContact() {}

  public PatientContact(
      String name, String phone, String email, ContactPreference preference, String callTimes) {
    this.name = Checks.required("patientName", name, MAX_NAME);
    this.phone = phone == null || phone.isBlank() ? null : Checks.phone("phone", phone);
    this.email = email == null || email.isBlank() ? null : Checks.email("email", email);
    if (this.phone == null && this.email == null) {
      throw new InvalidInputException("phone", "validation.referral.reachable");
    }
    this.preference = preference;
    this.callTimes = Checks.optional("callTimes", callTimes, 80);
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

  public ContactPreference preference() {
    return preference;
  }

  public String callTimes() {
    return callTimes;
  }
}
