package nl.spreekkamer.accreditation.domain;

/** Where an accreditation record stands with its registry. */
public enum RecordStatus {
  EARNED,
  REPORTED,
  REJECTED
}
