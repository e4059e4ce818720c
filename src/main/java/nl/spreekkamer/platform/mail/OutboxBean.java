package nl.spreekkamer.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;

/** Beheer's page of the mail outbox: what waits, what went, what failed and why. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OutboxService outbox;
  @Inject FacesSupport faces;

  private OutboxMail.Status status;
  private PageDataModel<OutboxService.MailView> model;
  private transient Map<OutboxMail.Status, Long> counts;

  @PostConstruct
  void load() {
    model =
        new PageDataModel<>(
            (first, max) -> outbox.overview(status, first, max).mails(),
            OutboxService.MailView::id);
  }

  /** The table shows the chosen status from its first page. */
  public void filter() {
    counts = null;
    faces.firstPage("outboxForm:mails");
  }

  public void retry(OutboxService.MailView mail) {
    try {
      outbox.retry(mail.id());
      counts = null;
      faces.info("outbox.retried", mail.subject());
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public Map<OutboxMail.Status, Long> getCounts() {
    if (counts == null) {
      counts = outbox.overview(null, 0, 1).counts();
    }
    return counts;
  }

  public List<OutboxMail.Status> getStatuses() {
    return List.of(OutboxMail.Status.values());
  }

  public PageDataModel<OutboxService.MailView> getModel() {
    return model;
  }

  public OutboxMail.Status getStatus() {
    return status;
  }

  public void setStatus(OutboxMail.Status status) {
    this.status = status;
  }
}
