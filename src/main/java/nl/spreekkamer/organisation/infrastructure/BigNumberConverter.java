package nl.spreekkamer.organisation.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.spreekkamer.organisation.domain.BigNumber;

/** Stores a {@link BigNumber} as its text. */
@Converter(autoApply = true)
public class BigNumberConverter implements AttributeConverter<BigNumber, String> {
  @Override
  public String convertToDatabaseColumn(BigNumber value) {
    return value == null ? null : value.value();
  }

  @Override
  public BigNumber convertToEntityAttribute(String column) {
    return column == null ? null : new BigNumber(column);
  }
}
