package nl.spreekkamer.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Violations;

/**
 * A place of help in the gemeente beyond the meldpunt (sociale kaart): a food bank, budget
 * coaching, form help and the like, with how to reach it, for whom it is and in which languages.
 * The coordinator keeps it up to date ({@link #checkedOn}) and may hide it for a while.
 */
@Entity
@Table(name = "HELP_PLACE")
public class HelpPlace {
  public static final int MAX_NAME = 120;
  public static final int MAX_TEXT = 300;
  public static final int MAX_ADDRESS = 200;
  public static final int MAX_PHONE = 30;
  public static final int MAX_WEBSITE = 200;
  public static final int MAX_HOURS = 200;
  public static final int MAX_LANGUAGES = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "helpPlaceIds")
  @TableGenerator(
      name = "helpPlaceIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "HELP_PLACE",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "GEMEENTE_ID", nullable = false, updatable = false)
  private long gemeenteId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", length = 20, nullable = false)
  private HelpKind kind;

  @Column(name = "NAME", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "FOR_WHOM", length = MAX_TEXT)
  private String forWhom;

  @Column(name = "ADDRESS", length = MAX_ADDRESS)
  private String address;

  @Column(name = "PHONE", length = MAX_PHONE)
  private String phone;

  @Column(name = "WEBSITE", length = MAX_WEBSITE)
  private String website;

  @Column(name = "OPENING_HOURS", length = MAX_HOURS)
  private String openingHours;

  @Column(name = "LANGUAGES", length = MAX_LANGUAGES)
  private String languages;

  @Column(name = "POSITION", nullable = false)
  private int position;

  @Column(name = "HIDDEN", nullable = false)
  private boolean hidden;

  @Column(name = "CHECKED_ON", nullable = false)
  private LocalDate checkedOn;

  protected HelpPlace() {}

  public HelpPlace(long gemeenteId, Details details, int position, LocalDate today) {
    this.gemeenteId = gemeenteId;
    this.position = position;
    change(details, today);
  }

  /** What the coordinator writes about a place; checked all at once, each field by name. */
  public record Details(
      HelpKind kind,
      String name,
      String forWhom,
      String address,
      String phone,
      String website,
      String openingHours,
      String languages) {}

  /** Takes the new details; the place counts as checked today. */
  public void change(Details d, LocalDate today) {
    Violations violations = new Violations();
    violations.check(() -> Checks.required("name", d.name(), MAX_NAME));
    violations.check(() -> Checks.optional("forWhom", d.forWhom(), MAX_TEXT));
    violations.check(() -> Checks.optional("address", d.address(), MAX_ADDRESS));
    violations.check(() -> phone(d.phone()));
    violations.check(() -> Checks.website("website", d.website()));
    violations.check(() -> Checks.optional("openingHours", d.openingHours(), MAX_HOURS));
    violations.check(() -> Checks.optional("languages", d.languages(), MAX_LANGUAGES));
    if (d.kind() == null) {
      violations.refuse("kind", "validation.choice.missing");
    }
    if (blank(d.phone()) && blank(d.address()) && blank(d.website())) {
      violations.refuse("phone", "validation.helpPlace.reach");
    }
    violations.throwIfAny();
    this.kind = d.kind();
    this.name = Checks.required("name", d.name(), MAX_NAME);
    this.forWhom = Checks.optional("forWhom", d.forWhom(), MAX_TEXT);
    this.address = Checks.optional("address", d.address(), MAX_ADDRESS);
    this.phone = phone(d.phone());
    this.website = Checks.website("website", d.website());
    this.openingHours = Checks.optional("openingHours", d.openingHours(), MAX_HOURS);
    this.languages = Checks.optional("languages", d.languages(), MAX_LANGUAGES);
    this.checkedOn = today;
  }

  /** The coordinator confirms the details are still right. */
  public void checked(LocalDate today) {
    this.checkedOn = today;
  }

  public void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  private static String phone(String phone) {
    return blank(phone) ? null : Checks.phone("phone", phone);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long gemeenteId() {
    return gemeenteId;
  }

  public HelpKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String forWhom() {
    return forWhom;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String website() {
    return website;
  }

  public String openingHours() {
    return openingHours;
  }

  public String languages() {
    return languages;
  }

  public int position() {
    return position;
  }

  public boolean hidden() {
    return hidden;
  }

  public LocalDate checkedOn() {
    return checkedOn;
  }
}
