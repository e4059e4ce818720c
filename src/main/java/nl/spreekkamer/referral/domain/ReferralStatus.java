package nl.spreekkamer.referral.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands, modelled on municipal outreach and on the HL7 FHIR Task life cycle
 * ({@link #fhirCode()}). {@link #next()} lists the steps a worker may take from here.
 */
public enum ReferralStatus {
  RECEIVED("received"),
  SEEKING_CONTACT("in-progress"),
  CONTACT_MADE("in-progress"),
  CONVERSATION_PLANNED("in-progress"),
  HELP_ACCEPTED("in-progress"),
  REFERRED_ELSEWHERE("in-progress"),
  CLOSED("completed"),
  WITHDRAWN("cancelled");

  private final String fhirCode;

  ReferralStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  public String fhirCode() {
    return fhirCode;
  }

  /** The statuses a worker may move to from this one; closing is possible until the end. */
  public Set<ReferralStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(SEEKING_CONTACT, CONTACT_MADE, CLOSED);
      case SEEKING_CONTACT -> EnumSet.of(CONTACT_MADE, CLOSED);
      case CONTACT_MADE ->
          EnumSet.of(CONVERSATION_PLANNED, HELP_ACCEPTED, REFERRED_ELSEWHERE, CLOSED);
      case CONVERSATION_PLANNED ->
          EnumSet.of(CONVERSATION_PLANNED, HELP_ACCEPTED, REFERRED_ELSEWHERE, CLOSED);
      case HELP_ACCEPTED, REFERRED_ELSEWHERE -> EnumSet.of(CLOSED);
      case CLOSED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean isOpen() {
    return this != CLOSED && this != WITHDRAWN;
  }
}
