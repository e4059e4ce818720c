package nl.spreekkamer.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's FHIR validator with the R4 core definitions, offline: the errors a FHIR answer has against
 * the specification. Codes of systems the validator cannot know (Spreekkamer's own, LOINC) are not
 * errors; everything structural and every required binding is.
 */
public final class FhirValidation {
  private static final FhirContext CONTEXT = FhirContext.forR4();
  private static final FhirValidator VALIDATOR = validator();

  private FhirValidation() {}

  private static FhirValidator validator() {
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new CommonCodeSystemsTerminologyService(CONTEXT));
    FhirInstanceValidator instance = new FhirInstanceValidator(chain);
    instance.setNoTerminologyChecks(false);
    return CONTEXT.newValidator().registerValidatorModule(instance);
  }

  /** The errors (and fatal errors) of the resource in JSON, each as "location: message". */
  public static List<String> errors(String json) {
    return VALIDATOR.validateWithResult(json).getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(FhirValidation::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }
}
