package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.Violations;

/**
 * A GP practice (huisartspraktijk) in one gemeente. Its fixed e-mail address receives the
 * municipality's feedback on referrals.
 */
@Entity
@Table(name = "PRAKTIJK")
@NamedQuery(name = "Praktijk.count", query = "SELECT COUNT(p) FROM Praktijk p")
@NamedQuery(
    name = "Praktijk.findByAgbCode",
    query = "SELECT p FROM Praktijk p WHERE p.agbCode = :agb")
@NamedQuery(
    name = "Praktijk.findByGemeente",
    query = "SELECT p FROM Praktijk p WHERE p.gemeente.id = :gemeenteId ORDER BY p.name")
public class Praktijk {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "praktijkIds")
  @TableGenerator(
      name = "praktijkIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "PRAKTIJK",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "NAME", length = 120, nullable = false)
  private String name;

  @Column(name = "AGB_CODE", length = 8, nullable = false, unique = true)
  private AgbCode agbCode;

  @Embedded private Address address;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "GEMEENTE_ID", nullable = false)
  private Gemeente gemeente;

  @Column(name = "FEEDBACK_EMAIL", length = 254, nullable = false)
  private String feedbackEmail;

  @Embedded private GemeenteContact contact;

  protected Praktijk() {}

  public Praktijk(
      String name, AgbCode agbCode, Address address, Gemeente gemeente, String feedbackEmail) {
    rename(name);
    this.agbCode = Objects.requireNonNull(agbCode);
    moveTo(address, gemeente);
    changeFeedbackEmail(feedbackEmail);
  }

  public void rename(String name) {
    this.name = validName(name);
  }

  /** Checks the practice's own details, each on its own (see {@link Violations}). */
  public static void checkDetails(Violations violations, String name, String feedbackEmail) {
    violations.check(() -> validName(name));
    violations.check(() -> validFeedbackEmail(feedbackEmail));
  }

  private static String validName(String name) {
    return Checks.required("name", name, 120);
  }

  private static String validFeedbackEmail(String email) {
    return Checks.email("feedbackEmail", email);
  }

  public void changeAgbCode(AgbCode agbCode) {
    this.agbCode = Objects.requireNonNull(agbCode);
  }

  public void moveTo(Address address, Gemeente gemeente) {
    this.address = Objects.requireNonNull(address);
    if (this.gemeente != null && !Objects.equals(this.gemeente.id(), gemeente.id())) {
      this.contact = null; // the contact belongs to the old gemeente
    }
    this.gemeente = Objects.requireNonNull(gemeente);
  }

  public void changeFeedbackEmail(String email) {
    this.feedbackEmail = validFeedbackEmail(email);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public AgbCode agbCode() {
    return agbCode;
  }

  public Address address() {
    return address;
  }

  public Gemeente gemeente() {
    return gemeente;
  }

  public String feedbackEmail() {
    return feedbackEmail;
  }

  /** The named contact at the gemeente, or empty when the coordinator has not set one. */
  public Optional<GemeenteContact> contact() {
    return contact == null || !contact.isSet() ? Optional.empty() : Optional.of(contact);
  }

  public void assignContact(GemeenteContact contact) {
    this.contact = Objects.requireNonNull(contact);
  }

  /** Confirms the contact; a practice without one has nothing to confirm. */
  public void verifyContact(LocalDate today) {
    this.contact =
        contact()
            .orElseThrow(() -> new ConflictException(null, "validation.contact.none"))
            .verified(today);
  }
}
