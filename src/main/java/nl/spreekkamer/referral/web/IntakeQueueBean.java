package nl.spreekkamer.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.QueueItem;
import nl.spreekkamer.referral.domain.QueueFilter;
import nl.spreekkamer.referral.domain.ReferralStatus;

/**
 * The intake queue page: filters and sort order that apply at once and are remembered for the
 * session, and a lazy table of the gemeente's referrals.
 */
@Named
@ViewScoped
public class IntakeQueueBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IntakeService intake;
  @Inject FacesSupport faces;
  @Inject QueuePreferences preferences;

  private String status;
  private String urgent;
  private Long praktijkId;
  private String assignee;
  private boolean allParam;
  private String assigneeParam;
  private String receivedSince;
  private Boolean due;
  private String order;
  private Map<Long, String> colleagues;
  private PageDataModel<QueueItem> model;

  @PostConstruct
  void load() {
    status = preferences.status();
    urgent = preferences.urgent();
    assignee = preferences.assignee();
    order = preferences.order();
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
                        receivedSince,
                        due,
                        order),
                    first,
                    max),
            QueueItem::id);
  }

  /** New filters show the queue from its first row again, and are remembered. */
  public void search() {
    preferences.remember(status, urgent, assignee, order);
    faces.firstPage("queueForm:queue");
  }

  /**
   * A link from a home-page count ({@code ?all=true}, {@code ?due=true}, {@code ?receivedSince=},
   * {@code ?assignee=me}) shows exactly what it counted: the other filters go back to "all open".
   */
  public void applyLink() {
    // an address typed or changed by hand: a filter the queue does not know is dropped with a
    // message, so the list never fails on it while it renders
    if (!validDate(receivedSince)
        || (assigneeParam != null && !assigneeParam.matches("me|none|\\d{1,18}"))) {
      receivedSince = validDate(receivedSince) ? receivedSince : null;
      assigneeParam = null;
      faces.error("intake.link.invalid");
    }
    if (allParam || assigneeParam != null || isFocused()) {
      status = null;
      urgent = null;
      assignee = assigneeParam;
    }
  }

  private static boolean validDate(String text) {
    if (text == null) {
      return true;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Drops the filters that came from a home-page count (new since, due against the norm). */
  public void clearFocus() {
    receivedSince = null;
    due = null;
    search();
  }

  /** Whether the list is narrowed by a home-page count. */
  public boolean isFocused() {
    return receivedSince != null || Boolean.TRUE.equals(due);
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

  public boolean isAll() {
    return allParam;
  }

  public void setAll(boolean all) {
    this.allParam = all;
  }

  public String getAssigneeParam() {
    return assigneeParam;
  }

  public void setAssigneeParam(String assigneeParam) {
    this.assigneeParam = assigneeParam == null || assigneeParam.isBlank() ? null : assigneeParam;
  }

  public String getReceivedSince() {
    return receivedSince;
  }

  public void setReceivedSince(String receivedSince) {
    this.receivedSince = receivedSince == null || receivedSince.isBlank() ? null : receivedSince;
  }

  public Boolean getDue() {
    return due;
  }

  public void setDue(Boolean due) {
    this.due = Boolean.TRUE.equals(due) ? Boolean.TRUE : null;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }
}
