package nl.spreekkamer.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.spreekkamer.organisation.application.AuditLogService;

/** Beheer's page of what was done to accounts and API keys: the newest events. */
@Named
@RequestScoped
public class AuditTrailBean {
  static final int SHOWN = 100;

  @Inject AuditLogService audit;

  private List<AuditLogService.AccountEventView> events;

  public List<AuditLogService.AccountEventView> getEvents() {
    if (events == null) {
      events = audit.newest(0, SHOWN).items();
    }
    return events;
  }
}
