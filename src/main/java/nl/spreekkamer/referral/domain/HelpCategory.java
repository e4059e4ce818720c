package nl.spreekkamer.referral.domain;

/** What the help is about, as the patient tells it; no medical data. */
public enum HelpCategory {
  RENT_OR_MORTGAGE,
  ENERGY_OR_WATER,
  HEALTH_INSURANCE,
  BILLS_AND_POST,
  INCOME_AND_BENEFITS,
  DEBTS,
  OTHER
}
