package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.spreekkamer.platform.errors.Checks;

/** A place the gemeente offers for the first conversation, e.g. "Buurthuis De Brug". */
@Embeddable
public class ConversationLocation {
  @Enumerated(EnumType.STRING)
  @Column(name = "LOCATION_TYPE", length = 20, nullable = false)
  private LocationType type;

  @Column(name = "DESCRIPTION", length = 200, nullable = false)
  private String description;

  protected ConversationLocation() {}

  public ConversationLocation(LocationType type, String description) {
    this.type = Objects.requireNonNull(type);
    this.description = Checks.required("locationDescription", description, 200);
  }

  public LocationType type() {
    return type;
  }

  public String description() {
    return description;
  }
}
