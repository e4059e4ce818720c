package nl.spreekkamer.referral.domain;

/** Signs that the meldpunt must act fast. */
public enum UrgencySignal {
  EVICTION,
  ENERGY_CUTOFF,
  WATER_CUTOFF,
  GARNISHMENT
}
