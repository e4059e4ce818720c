package nl.spreekkamer.organisation.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.spreekkamer.organisation.domain.AgbCode;

/** Stores a {@link AgbCode} as its text. */
@Converter(autoApply = true)
public class AgbCodeConverter implements AttributeConverter<AgbCode, String> {
  @Override
  public String convertToDatabaseColumn(AgbCode value) {
    return value == null ? null : value.value();
  }

  @Override
  public AgbCode convertToEntityAttribute(String column) {
    return column == null ? null : new AgbCode(column);
  }
}
