package nl.spreekkamer.referral.domain;

/** Why a patient declined help; recorded with the outcome {@link Outcome#DECLINED}. */
public enum DeclineReason {
  SOLVES_IT_ALONE,
  HELP_ELSEWHERE,
  NOT_NOW,
  SHAME_OR_DISTRUST,
  OTHER
}
