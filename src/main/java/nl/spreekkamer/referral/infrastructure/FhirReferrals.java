package nl.spreekkamer.referral.infrastructure;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.referral.domain.FhirSubscription;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralStatus;
import org.hl7.fhir.r4.model.Bundle;
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
import org.hl7.fhir.r4.model.Subscription;
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

  /** The gemeente's CBS code (GM0123): no national FHIR NamingSystem for it (decision 0026). */
  static final String CBS_GEMEENTE = SYSTEM + "/NamingSystem/cbs-gemeentecode";

  static final String SDOHCC_CODES =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
  static final String REFERRAL_STATUS = SYSTEM + "/CodeSystem/referral-status";
  static final String OUTCOME = SYSTEM + "/CodeSystem/referral-outcome";
  static final String DECLINE_REASON = SYSTEM + "/CodeSystem/decline-reason";

  /** What a case system may change in a Task; the rest is Spreekkamer's (or not stored). */
  private static final Set<String> EDITABLE =
      Set.of(
          "status",
          "businessStatus",
          "statusReason",
          "note",
          "output",
          "meta",
          "text",
          "lastModified");

  /**
   * What a case system changed in a Task (each {@code null} when unchanged): the FHIR status, the
   * Spreekkamer status (businessStatus), the outcome (output), the decline reason (statusReason)
   * and the text of notes it added.
   */
  public record TaskChange(
      String status, String businessStatus, String outcome, String declineReason, String note) {}

  /**
   * Compares the Task as it was with the Task as the case system wants it.
   *
   * @throws UnprocessableException when anything else than the editable elements differs
   */
  public TaskChange change(JsonObject before, JsonObject after) {
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      if (!EDITABLE.contains(key) && !Objects.equals(before.get(key), after.get(key))) {
        throw new UnprocessableException(key, "error.fhir.readOnly", key);
      }
    }
    return new TaskChange(
        changed(before, after, "status") ? text(after.get("status")) : null,
        changed(before, after, "businessStatus")
            ? code(after.get("businessStatus"), REFERRAL_STATUS)
            : null,
        changed(before, after, "output") ? outcome(after.get("output")) : null,
        changed(before, after, "statusReason")
            ? code(after.get("statusReason"), DECLINE_REASON)
            : null,
        addedNotes(before.get("note"), after.get("note")));
  }

  private static boolean changed(JsonObject before, JsonObject after, String key) {
    return !Objects.equals(before.get(key), after.get(key));
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  /** The code of the coding in {@code system} of a CodeableConcept; the first code without one. */
  private static String code(JsonValue concept, String system) {
    if (!(concept instanceof JsonObject object)
        || !(object.get("coding") instanceof JsonArray codings)) {
      return null;
    }
    String any = null;
    for (JsonValue coding : codings) {
      if (coding instanceof JsonObject c && c.get("code") instanceof JsonString code) {
        if (system.equals(text(c.get("system")))) {
          return code.getString();
        }
        any = any == null && !c.containsKey("system") ? code.getString() : any;
      }
    }
    return any;
  }

  private static String outcome(JsonValue output) {
    if (!(output instanceof JsonArray outputs)) {
      return null;
    }
    for (JsonValue item : outputs) {
      if (item instanceof JsonObject o) {
        String code = code(o.get("valueCodeableConcept"), OUTCOME);
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  private static String addedNotes(JsonValue before, JsonValue after) {
    if (!(after instanceof JsonArray notes)) {
      return null;
    }
    List<JsonValue> old = before instanceof JsonArray array ? array : List.of();
    String added =
        notes.stream()
            .filter(note -> !old.contains(note))
            .filter(JsonObject.class::isInstance)
            .map(note -> text(note.asJsonObject().get("text")))
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    return added.isBlank() ? null : added;
  }

  /**
   * What a Task is made of: the referral, the referring practice's name and AGB code where known
   * (the requester's identifier) and the gemeente's name and CBS code (the owner).
   */
  public record TaskSource(
      Referral referral, String praktijk, String agbCode, String gemeente, String cbsCode) {}

  /** The Task as JSON. */
  public String taskJson(TaskSource source) {
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(task(source));
  }

  /**
   * A page of Tasks as a searchset Bundle: {@code total} matches in all, a {@code self} link and,
   * when more pages follow, a {@code next} link.
   */
  public String searchsetJson(List<TaskSource> tasks, long total, String self, String next) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.SEARCHSET);
    bundle.setTimestamp(new Date());
    bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
    bundle.addLink().setRelation(Bundle.LINK_SELF).setUrl(self);
    if (next != null) {
      bundle.addLink().setRelation(Bundle.LINK_NEXT).setUrl(next);
    }
    String base = self.substring(0, self.indexOf("/Task") + 1);
    for (TaskSource source : tasks) {
      bundle
          .addEntry()
          .setFullUrl(base + "Task/" + source.referral().id())
          .setResource(task(source))
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
  }

  Task task(TaskSource source) {
    Referral referral = source.referral();
    String praktijk = source.praktijk();
    String agbCode = source.agbCode();
    String gemeente = source.gemeente();
    Task task = new Task();
    task.setId(String.valueOf(referral.id()));
    task.getMeta().setVersionId(String.valueOf(referral.version()));
    if (referral.updatedAt() != null) {
      task.getMeta().setLastUpdated(Date.from(referral.updatedAt()));
    }
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
        new CodeableConcept(new Coding(REFERRAL_STATUS, referral.status().name(), null)));
    task.setAuthoredOn(Date.from(referral.createdAt()));
    task.setLastModified(Date.from(referral.statusChangedAt()));
    Reference requester = organisation(praktijk, AGB, agbCode);
    task.setRequester(requester);
    Reference owner = organisation("Meldpunt " + gemeente, CBS_GEMEENTE, source.cbsCode());
    task.setOwner(owner);

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
    // The Gravity (SDOHCC) category for money worries beside Spreekkamer's own help category.
    request.addCategory(
        new CodeableConcept(
            new Coding(SDOHCC_CODES, "financial-insecurity", "Financial Insecurity")));
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
            .setValue(referral.contact().phone())
            .setUse(
                referral.contact().phone().replace(" ", "").startsWith("06")
                    ? ContactPoint.ContactPointUse.MOBILE
                    : ContactPoint.ContactPointUse.HOME);
      }
      if (referral.contact().email() != null) {
        patient
            .addTelecom()
            .setSystem(ContactPoint.ContactPointSystem.EMAIL)
            .setValue(referral.contact().email())
            .setUse(ContactPoint.ContactPointUse.HOME);
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
    // Recorded by the practice; the meldpunt is who receives the data.
    consent.addOrganization(requester.copy());
    Consent.ProvisionComponent provision =
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    provision
        .addActor()
        .setRole(
            new CodeableConcept(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                    "IRCP",
                    "information recipient")))
        .setReference(owner.copy());
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

    if (referral.declineReason() != null) {
      task.setStatusReason(
          new CodeableConcept(new Coding(DECLINE_REASON, referral.declineReason().name(), null)));
    }
    if (referral.outcome() != null) {
      task.addOutput()
          .setType(new CodeableConcept().setText("outcome"))
          .setValue(new CodeableConcept(new Coding(OUTCOME, referral.outcome().name(), null)));
    }
    return task;
  }

  /**
   * What this server offers a FHIR client: the Task read, search, patch and update, JSON only, and
   * how a client logs in (the gemeente's API key as Bearer, Basic for people).
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
    task.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
    task.addInteraction()
        .setCode(CapabilityStatement.TypeRestfulInteraction.PATCH)
        .setDocumentation(
            "JSON Patch op status, businessStatus, statusReason, note en output, met If-Match");
    task.addInteraction()
        .setCode(CapabilityStatement.TypeRestfulInteraction.UPDATE)
        .setDocumentation("De hele Task terug met een gewijzigde status, met If-Match");
    task.setUpdateCreate(false);
    searchParam(task, "status", Enumerations.SearchParamType.TOKEN, "received, in-progress, ...");
    searchParam(task, "priority", Enumerations.SearchParamType.TOKEN, "routine of urgent");
    searchParam(
        task,
        "_lastUpdated",
        Enumerations.SearchParamType.DATE,
        "gt, ge, lt, le of eq; ook twee keer voor een periode");
    searchParam(task, "_count", Enumerations.SearchParamType.NUMBER, "1-100, standaard 20");
    searchParam(
        task, "_sort", Enumerations.SearchParamType.SPECIAL, "_lastUpdated of -_lastUpdated");
    task.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
    task.setReadHistory(false);
    CapabilityStatement.CapabilityStatementRestResourceComponent hooks = rest.addResource();
    hooks.setType("Subscription");
    hooks.setDocumentation(
        "rest-hook: zonder payload een POST naar het endpoint, met payload application/fhir+json"
            + " een PUT van elke gewijzigde Task naar [endpoint]/Task/[id]; criteria op Task met"
            + " status, priority en _lastUpdated");
    for (CapabilityStatement.TypeRestfulInteraction interaction :
        List.of(
            CapabilityStatement.TypeRestfulInteraction.CREATE,
            CapabilityStatement.TypeRestfulInteraction.READ,
            CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE,
            CapabilityStatement.TypeRestfulInteraction.DELETE)) {
      hooks.addInteraction().setCode(interaction);
    }
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(capability);
  }

  /** An organisation by name, with its identifier where known. */
  private static Reference organisation(String name, String system, String identifier) {
    Reference organisation = new Reference().setType("Organization").setDisplay(name);
    if (identifier != null) {
      organisation.setIdentifier(new Identifier().setSystem(system).setValue(identifier));
    }
    return organisation;
  }

  /** What a case system asks for in a Subscription resource. */
  public record SubscriptionRequest(
      String criteria,
      String reason,
      String channelType,
      String endpoint,
      String payload,
      List<String> headers) {}

  /**
   * Reads a Subscription resource as the case system sent it.
   *
   * @throws InvalidInputException when it is not a readable FHIR R4 Subscription
   */
  public SubscriptionRequest readSubscription(String json) {
    Subscription subscription;
    try {
      subscription = context().newJsonParser().parseResource(Subscription.class, json);
    } catch (RuntimeException e) {
      throw new InvalidInputException("subscription", "validation.fhir.resource", "Subscription");
    }
    Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
    return new SubscriptionRequest(
        subscription.getCriteria(),
        subscription.getReason(),
        channel.getType() == null ? null : channel.getType().toCode(),
        channel.getEndpoint(),
        channel.getPayload(),
        channel.getHeader().stream().map(header -> header.getValue()).toList());
  }

  /** A subscription as FHIR JSON; the value of its header is not shown again. */
  public String subscriptionJson(FhirSubscription stored) {
    return context()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(subscription(stored));
  }

  /** The gemeente's subscriptions as a searchset Bundle. */
  public String subscriptionsJson(List<FhirSubscription> stored, String self) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.SEARCHSET);
    bundle.setTotal(stored.size());
    bundle.addLink().setRelation(Bundle.LINK_SELF).setUrl(self);
    String base = self.substring(0, self.indexOf("/Subscription") + 1);
    for (FhirSubscription one : stored) {
      bundle
          .addEntry()
          .setFullUrl(base + "Subscription/" + one.id())
          .setResource(subscription(one))
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
  }

  private static Subscription subscription(FhirSubscription stored) {
    Subscription subscription = new Subscription();
    subscription.setId(String.valueOf(stored.id()));
    subscription.getMeta().setVersionId(String.valueOf(stored.version()));
    subscription.setStatus(Subscription.SubscriptionStatus.fromCode(stored.status().code()));
    subscription.setReason(stored.reason());
    subscription.setCriteria(stored.criteria());
    if (stored.lastError() != null) {
      subscription.setError(stored.lastError());
    }
    Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
    channel.setType(Subscription.SubscriptionChannelType.RESTHOOK);
    channel.setEndpoint(stored.endpoint());
    if (stored.withPayload()) {
      channel.setPayload("application/fhir+json");
    }
    if (stored.header() != null) {
      channel.addHeader(stored.header().substring(0, stored.header().indexOf(':') + 1) + " ***");
    }
    return subscription;
  }

  private static void searchParam(
      CapabilityStatement.CapabilityStatementRestResourceComponent resource,
      String name,
      Enumerations.SearchParamType type,
      String documentation) {
    resource.addSearchParam().setName(name).setType(type).setDocumentation(documentation);
  }

  private static Task.TaskStatus status(ReferralStatus status) {
    return Task.TaskStatus.fromCode(status.fhirCode());
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
