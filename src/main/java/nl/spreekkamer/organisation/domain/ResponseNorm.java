package nl.spreekkamer.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * How fast the meldpunt promises to make contact after a referral, in working days: quickly for
 * threatening debts (eviction, cut-off of energy or water), slower otherwise.
 */
@Embeddable
public class ResponseNorm {
  /** Contact within 3 working days for threatening debts. */
  public static final int DEFAULT_URGENT_DAYS = 3;

  /** Contact within 4 weeks (20 working days) otherwise. */
  public static final int DEFAULT_REGULAR_DAYS = 20;

  @Column(name = "NORM_URGENT_DAYS", nullable = false)
  private int urgentWorkingDays;

  @Column(name = "NORM_REGULAR_DAYS", nullable = false)
  private int regularWorkingDays;

  protected ResponseNorm() {}

  public ResponseNorm(int urgentWorkingDays, int regularWorkingDays) {
    this.urgentWorkingDays = Checks.between("urgentWorkingDays", urgentWorkingDays, 1, 20);
    this.regularWorkingDays = Checks.between("regularWorkingDays", regularWorkingDays, 1, 60);
    if (regularWorkingDays < urgentWorkingDays) {
      throw new InvalidInputException("regularWorkingDays", "validation.norm.order");
    }
  }

  public static ResponseNorm standard() {
    return new ResponseNorm(DEFAULT_URGENT_DAYS, DEFAULT_REGULAR_DAYS);
  }

  public int urgentWorkingDays() {
    return urgentWorkingDays;
  }

  public int regularWorkingDays() {
    return regularWorkingDays;
  }
}
