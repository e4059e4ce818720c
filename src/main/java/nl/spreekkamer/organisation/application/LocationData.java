package nl.spreekkamer.organisation.application;

import nl.spreekkamer.organisation.domain.ConversationLocation;
import nl.spreekkamer.organisation.domain.LocationType;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** A place for the first conversation, in and out of the API and the pages. */
public record LocationData(LocationType type, String description) {
  static LocationData of(ConversationLocation l) {
    return new LocationData(l.type(), l.description());
  }

  ConversationLocation toDomain() {
    if (type == null) {
      throw new InvalidInputException("locationType", "validation.required");
    }
    return new ConversationLocation(type, description);
  }
}
