package nl.spreekkamer.organisation.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.spreekkamer.organisation.domain.CbsCode;

/** Stores a {@link CbsCode} as its text. */
@Converter(autoApply = true)
public class CbsCodeConverter implements AttributeConverter<CbsCode, String> {
  @Override
  public String convertToDatabaseColumn(CbsCode value) {
    return value == null ? null : value.value();
  }

  @Override
  public CbsCode convertToEntityAttribute(String column) {
    return column == null ? null : new CbsCode(column);
  }
}
