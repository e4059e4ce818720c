package nl.spreekkamer.referral.domain;

/** What the patient brings to the first conversation. */
public enum BringItem {
  ID_DOCUMENT,
  UNOPENED_POST,
  BANK_STATEMENTS,
  INCOME_PROOF,
  FIXED_COSTS,
  BENEFIT_LETTERS
}
