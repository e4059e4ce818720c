package nl.spreekkamer.referral.domain;

/**
 * How far a referral got on the way to help, for monitoring: received, contact made, a first
 * conversation, help accepted, a help programme started. A referral keeps the furthest stage it
 * reached, so every stage counts the referrals of the stages after it too.
 */
public enum FunnelStage {
  RECEIVED,
  CONTACT_MADE,
  FIRST_CONVERSATION,
  HELP_ACCEPTED,
  PROGRAMME_STARTED;

  /** The stage a step to {@code to} (with its outcome, when closing) shows was reached. */
  static FunnelStage reachedBy(ReferralStatus to, Outcome outcome) {
    return switch (to) {
      case CONTACT_MADE, REFERRED_ELSEWHERE -> CONTACT_MADE;
      case CONVERSATION_PLANNED -> FIRST_CONVERSATION;
      case HELP_ACCEPTED -> HELP_ACCEPTED;
      case CLOSED -> outcome == Outcome.HELP_PROGRAMME_STARTED ? PROGRAMME_STARTED : RECEIVED;
      default -> RECEIVED;
    };
  }

  FunnelStage furthest(FunnelStage other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
