package nl.spreekkamer.referral.infrastructure;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralStatus;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * A referral as HL7 FHIR R4: a Task (its status per the FHIR life cycle, the detailed status as
 * businessStatus) with the ServiceRequest, the Consent and a minimal Patient contained in it, so a
 * FHIR-speaking case system can take it over in one read. HAPI FHIR builds and encodes the model.
 */
@ApplicationScoped
public class FhirReferrals {
  static final String SYSTEM = "https://spreekkamer.nl/fhir";

  private volatile FhirContext context;

  static final String AGB = "http://fhir.nl/fhir/NamingSystem/agb-z";
  static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

  /**
   * The Task as JSON; {@code agbCode} is the referring practice's AGB code where known (the
   * requester's identifier).
   */
  public String taskJson(Referral referral, String praktijk, String agbCode, String gemeente) {
    return context()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(task(referral, praktijk, agbCode, gemeente));
  }

  Task task(Referral referral, String praktijk, String agbCode, String gemeente) {
    Task task = new Task();
    task.setId(String.valueOf(referral.id()));
    task.getMeta().setVersionId(String.valueOf(referral.version()));
    task.setCode(
        new CodeableConcept(new Coding(TASK_CODE, "fulfill", "Fulfill the focal request")));
    task.addIdentifier(
        new Identifier()
            .setSystem(SYSTEM + "/verwijskaart")
            .setValue(referral.reference().value()));
    task.setStatus(status(referral.status()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setPriority(referral.isUrgent() ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
    task.setBusinessStatus(
        new CodeableConcept(
            new Coding(SYSTEM + "/CodeSystem/referral-status", referral.status().name(), null)));
    task.setAuthoredOn(Date.from(referral.createdAt()));
    task.setLastModified(Date.from(referral.statusChangedAt()));
    Reference requester = new Reference().setType("Organization").setDisplay(praktijk);
    if (agbCode != null) {
      requester.setIdentifier(new Identifier().setSystem(AGB).setValue(agbCode));
    }
    task.setRequester(requester);
    task.setOwner(new Reference().setType("Organization").setDisplay("Meldpunt " + gemeente));

    ServiceRequest request = new ServiceRequest();
    request.setId("request");
    request.setStatus(
        referral.status().isOpen()
            ? ServiceRequest.ServiceRequestStatus.ACTIVE
            : ServiceRequest.ServiceRequestStatus.COMPLETED);
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.setPriority(
        referral.isUrgent()
            ? ServiceRequest.ServiceRequestPriority.URGENT
            : ServiceRequest.ServiceRequestPriority.ROUTINE);
    request.addCategory(
        new CodeableConcept(
            new Coding(SYSTEM + "/CodeSystem/help-category", referral.category().name(), null)));
    referral
        .urgency()
        .forEach(
            signal ->
                request.addReasonCode(
                    new CodeableConcept(
                        new Coding(SYSTEM + "/CodeSystem/urgency", signal.name(), null))));
    if (referral.note() != null) {
      request.addNote().setText(referral.note());
    }
    if (referral.location() != null) {
      request.addLocationCode(new CodeableConcept().setText(referral.location()));
    }
    task.addContained(request);
    task.setFocus(new Reference("#request"));

    if (referral.contact() != null) {
      Patient patient = new Patient();
      patient.setId("patient");
      patient.addName().setText(referral.contact().name());
      if (referral.contact().phone() != null) {
        patient
            .addTelecom()
            .setSystem(ContactPoint.ContactPointSystem.PHONE)
            .setValue(referral.contact().phone());
      }
      if (referral.contact().email() != null) {
        patient
            .addTelecom()
            .setSystem(ContactPoint.ContactPointSystem.EMAIL)
            .setValue(referral.contact().email());
      }
      task.addContained(patient);
      task.setFor(new Reference("#patient"));
      request.setSubject(new Reference("#patient"));
    }

    Consent consent = new Consent();
    consent.setId("consent");
    consent.setStatus(Consent.ConsentState.ACTIVE);
    consent.setScope(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null)));
    consent.addCategory(
        new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
    consent.setDateTime(Date.from(referral.consent().recordedAt()));
    consent.addPolicy().setUri(SYSTEM + "/toestemming/" + referral.consent().textVersion());
    Consent.ProvisionComponent provision =
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    provision.addAction(
        new CodeableConcept(
            new Coding(SYSTEM + "/CodeSystem/consent-action", "share-with-meldpunt", null)));
    if (referral.consent().feedback()) {
      provision.addAction(
          new CodeableConcept(
              new Coding(SYSTEM + "/CodeSystem/consent-action", "feedback-to-practice", null)));
    }
    if (referral.contact() != null) {
      consent.setPatient(new Reference("#patient"));
    }
    task.addContained(consent);
    request.addSupportingInfo(new Reference("#consent"));

    if (referral.outcome() != null) {
      task.addOutput()
          .setType(new CodeableConcept().setText("outcome"))
          .setValue(
              new CodeableConcept(
                  new Coding(
                      SYSTEM + "/CodeSystem/referral-outcome", referral.outcome().name(), null)));
    }
    return task;
  }

  /**
   * What this server offers a FHIR client: the Task read, JSON only, and how a client logs in (the
   * gemeente's API key as Bearer, Basic for people).
   */
  public String capabilityJson(String baseUrl) {
    CapabilityStatement capability = new CapabilityStatement();
    capability.setStatus(Enumerations.PublicationStatus.ACTIVE);
    capability.setDate(new Date());
    capability.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    capability.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    capability.addFormat("json");
    capability.getSoftware().setName("Spreekkamer");
    capability
        .getImplementation()
        .setDescription("Spreekkamer: verwijzingen naar het meldpunt")
        .setUrl(baseUrl);
    CapabilityStatement.CapabilityStatementRestComponent rest = capability.addRest();
    rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    rest.getSecurity()
        .setCors(false)
        .setDescription(
            "Systemen van de gemeente: de API-sleutel als Bearer-token (Authorization: Bearer ...)."
                + " Medewerkers zonder tweestapsverificatie: Basic met gebruikersnaam en"
                + " wachtwoord.")
        .addService(
            new CodeableConcept(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/restful-security-service",
                    "Basic",
                    "Basic")));
    CapabilityStatement.CapabilityStatementRestResourceComponent task = rest.addResource();
    task.setType("Task");
    task.setProfile("http://hl7.org/fhir/StructureDefinition/Task");
    task.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
    task.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
    task.setReadHistory(false);
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(capability);
  }

  private static Task.TaskStatus status(ReferralStatus status) {
    return switch (status) {
      case RECEIVED -> Task.TaskStatus.RECEIVED;
      case CLOSED -> Task.TaskStatus.COMPLETED;
      case WITHDRAWN -> Task.TaskStatus.CANCELLED;
      default -> Task.TaskStatus.INPROGRESS;
    };
  }

  private FhirContext context() {
    FhirContext current = context;
    if (current == null) {
      synchronized (this) {
        if (context == null) {
          context = FhirContext.forR4();
        }
        current = context;
      }
    }
    return current;
  }
}
