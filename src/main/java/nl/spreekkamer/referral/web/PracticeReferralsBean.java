package nl.spreekkamer.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;
import nl.spreekkamer.referral.application.ReferralService;
import nl.spreekkamer.referral.application.ReferralView;

/** The practice's own referrals with their progress and feedback, and withdrawing one. */
@Named
@ViewScoped
public class PracticeReferralsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReferralService referrals;
  @Inject FacesSupport faces;

  private PageDataModel<ReferralView> model;
  private boolean recentFeedback;

  @PostConstruct
  void load() {
    model =
        new PageDataModel<>(
            (first, max) ->
                recentFeedback
                    ? referrals.withRecentFeedback(first, max)
                    : referrals.ofOwnPraktijk(first, max),
            ReferralView::id);
  }

  /** Shows every referral again after the home page's "recent feedback" list. */
  public void showAll() {
    recentFeedback = false;
    faces.firstPage("referralsForm:referrals");
  }

  /** {@code ?terugkoppeling=recent}: only the referrals with recent feedback. */
  public String getFeedback() {
    return recentFeedback ? "recent" : null;
  }

  public void setFeedback(String feedback) {
    recentFeedback = "recent".equals(feedback);
  }

  public boolean isRecentFeedback() {
    return recentFeedback;
  }

  public void withdraw(ReferralView referral) {
    try {
      referrals.withdraw(referral.id(), referral.version());
      faces.info("referral.saved.withdrawn");
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public PageDataModel<ReferralView> getModel() {
    return model;
  }
}
