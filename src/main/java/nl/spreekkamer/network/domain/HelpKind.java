package nl.spreekkamer.network.domain;

/** What a place on the social map helps with; the practice searches by it. */
public enum HelpKind {
  DEBT_HELP,
  BUDGET_COACHING,
  SOCIAL_WORK,
  FOOD_BANK,
  FORM_HELP,
  WALK_IN,
  LEGAL_HELP,
  OTHER
}
