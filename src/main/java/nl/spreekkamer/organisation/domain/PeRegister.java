package nl.spreekkamer.organisation.domain;

/**
 * The PE-online register a practice nurse's register number belongs to. PE-online numbers are
 * register-specific, so points are only reported to the register the nurse is in.
 */
public enum PeRegister {
  /** Kwaliteitsregister V&V (V&VN). */
  VV,
  /** The register of the NVvPO. */
  NVVPO
}
