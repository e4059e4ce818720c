package nl.spreekkamer.referral.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import nl.spreekkamer.referral.domain.QueueFilter;

/**
 * The intake worker's last filters and sort order of the queue, kept for the session: back from a
 * referral, or opening the queue again, shows the same list.
 */
@SessionScoped
public class QueuePreferences implements Serializable {
  private static final long serialVersionUID = 1L;

  private String status;
  private String urgent;
  private String assignee;
  private String order = QueueFilter.QueueOrder.URGENT_OLDEST_FIRST.name();

  String status() {
    return status;
  }

  String urgent() {
    return urgent;
  }

  String assignee() {
    return assignee;
  }

  String order() {
    return order;
  }

  void remember(String status, String urgent, String assignee, String order) {
    this.status = status;
    this.urgent = urgent;
    this.assignee = assignee;
    this.order = order;
  }
}
