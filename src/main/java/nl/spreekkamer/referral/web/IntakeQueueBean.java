package nl.spreekkamer.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.QueueItem;
import nl.spreekkamer.referral.domain.QueueFilter;
import nl.spreekkamer.referral.domain.ReferralStatus;

/** The intake queue page: filters, sort order and a lazy table of the gemeente's referrals. */
@Named
@ViewScoped
public class IntakeQueueBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IntakeService intake;
  @Inject FacesSupport faces;

  private String status;
  private String urgent;
  private Long praktijkId;
  private String assignee;
  private String order = QueueFilter.QueueOrder.URGENT_OLDEST_FIRST.name();
  private Map<Long, String> colleagues;
  private PageDataModel<QueueItem> model;

  @PostConstruct
  void load() {
    colleagues =
        intake.colleagues().stream()
            .collect(Collectors.toMap(IntakeService.Colleague::id, IntakeService.Colleague::name));
    model =
        new PageDataModel<>(
            (first, max) ->
                intake.queue(
                    new IntakeService.QueueQuery(
                        status,
                        urgent == null || urgent.isEmpty() ? null : Boolean.valueOf(urgent),
                        praktijkId,
                        assignee,
                        order),
                    first,
                    max),
            QueueItem::id);
  }

  /** New filters show the queue from its first row again. */
  public void search() {
    faces.firstPage("queueForm:queue");
  }

  /** Days since the referral arrived, for the "age" column. */
  public long ageInDays(Instant createdAt) {
    return Duration.between(createdAt, Instant.now()).toDays();
  }

  public String colleague(Long accountId) {
    return accountId == null ? null : colleagues.getOrDefault(accountId, "#" + accountId);
  }

  public List<String> getStatuses() {
    return java.util.Arrays.stream(ReferralStatus.values()).map(Enum::name).toList();
  }

  public List<String> getOrders() {
    return java.util.Arrays.stream(QueueFilter.QueueOrder.values()).map(Enum::name).toList();
  }

  public Map<Long, String> getColleagues() {
    return colleagues;
  }

  public PageDataModel<QueueItem> getModel() {
    return model;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getUrgent() {
    return urgent;
  }

  public void setUrgent(String urgent) {
    this.urgent = urgent;
  }

  public Long getPraktijkId() {
    return praktijkId;
  }

  public void setPraktijkId(Long praktijkId) {
    this.praktijkId = praktijkId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }
}
