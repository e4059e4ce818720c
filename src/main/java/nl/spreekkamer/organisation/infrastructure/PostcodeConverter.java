package nl.spreekkamer.organisation.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.spreekkamer.organisation.domain.Postcode;

/** Stores a {@link Postcode} as its text. */
@Converter(autoApply = true)
public class PostcodeConverter implements AttributeConverter<Postcode, String> {
  @Override
  public String convertToDatabaseColumn(Postcode value) {
    return value == null ? null : value.value();
  }

  @Override
  public Postcode convertToEntityAttribute(String column) {
    return column == null ? null : new Postcode(column);
  }
}
