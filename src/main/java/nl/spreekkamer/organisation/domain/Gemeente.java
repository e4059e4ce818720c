package nl.spreekkamer.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.Violations;

/**
 * A municipality (gemeente): its meldpunt geldzorgen, the places it offers for a first
 * conversation, and its response-time norms. Practices in the gemeente refer to its meldpunt.
 */
@Entity
@Table(name = "GEMEENTE")
@NamedQuery(name = "Gemeente.findAll", query = "SELECT g FROM Gemeente g ORDER BY g.name")
@NamedQuery(name = "Gemeente.count", query = "SELECT COUNT(g) FROM Gemeente g")
@NamedQuery(
    name = "Gemeente.findByCbsCode",
    query = "SELECT g FROM Gemeente g WHERE g.cbsCode = :cbsCode")
public class Gemeente {
  public static final int MAX_LOCATIONS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "gemeenteIds")
  @TableGenerator(
      name = "gemeenteIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "GEMEENTE",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "NAME", length = 80, nullable = false)
  private String name;

  @Column(name = "CBS_CODE", length = 6, nullable = false, unique = true)
  private CbsCode cbsCode;

  @Embedded private Meldpunt meldpunt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "GEMEENTE_LOCATION", joinColumns = @JoinColumn(name = "GEMEENTE_ID"))
  @OrderColumn(name = "SORT_ORDER")
  private List<ConversationLocation> locations = new ArrayList<>();

  @Embedded private ResponseNorm responseNorm;

  protected Gemeente() {}

  public Gemeente(String name, CbsCode cbsCode, Meldpunt meldpunt) {
    rename(name);
    this.cbsCode = Objects.requireNonNull(cbsCode);
    this.meldpunt = Objects.requireNonNull(meldpunt);
    this.responseNorm = ResponseNorm.standard();
    this.locations.add(new ConversationLocation(LocationType.PRAKTIJK, "In de huisartspraktijk"));
  }

  public void rename(String name) {
    this.name = validName(name);
  }

  /** Checks the gemeente's name on its own (see {@link Violations}). */
  public static void checkName(Violations violations, String name) {
    violations.check(() -> validName(name));
  }

  private static String validName(String name) {
    return Checks.required("name", name, 80);
  }

  public void changeCbsCode(CbsCode cbsCode) {
    this.cbsCode = Objects.requireNonNull(cbsCode);
  }

  public void changeMeldpunt(Meldpunt meldpunt) {
    this.meldpunt = Objects.requireNonNull(meldpunt);
  }

  public void changeResponseNorm(ResponseNorm norm) {
    this.responseNorm = Objects.requireNonNull(norm);
  }

  /** Replaces the offered locations; a gemeente offers at least one and at most twenty. */
  public void offerLocations(List<ConversationLocation> offered) {
    if (offered == null || offered.isEmpty()) {
      throw new InvalidInputException("locations", "validation.locations.empty");
    }
    if (offered.size() > MAX_LOCATIONS) {
      throw new InvalidInputException("locations", "validation.locations.tooMany", MAX_LOCATIONS);
    }
    locations.clear();
    locations.addAll(offered);
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

  public CbsCode cbsCode() {
    return cbsCode;
  }

  public Meldpunt meldpunt() {
    return meldpunt;
  }

  public List<ConversationLocation> locations() {
    return List.copyOf(locations);
  }

  public ResponseNorm responseNorm() {
    return responseNorm;
  }
}
