package nl.spreekkamer.referral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.application.AuditView;
import nl.spreekkamer.referral.application.ReferralService;

/**
 * On the referral page, for the gemeente's coordinator: the patient's data to hand over or erase on
 * their request (AVG), and who viewed or changed the referral, and when.
 */
@Named
@RequestScoped
public class AuditLogBean {
  @Inject ReferralBean page;
  @Inject ReferralService referrals;
  @Inject SecurityContext security;

  private List<AuditView> entries;

  public boolean isVisible() {
    return security.isCallerInRole(Roles.GEMEENTE_COORDINATOR) && page.getReferral() != null;
  }

  /** Erases the patient's data on their request, then shows the page again. */
  public String erase() {
    referrals.erase(page.getId());
    return "/intake/verwijzing.xhtml?faces-redirect=true&id=" + page.getId();
  }

  public List<AuditView> getEntries() {
    if (entries == null) {
      entries = referrals.audit(page.getId());
    }
    return entries;
  }
}
