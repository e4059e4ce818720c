package nl.spreekkamer.accreditation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.spreekkamer.accreditation.application.TeamTraining;
import nl.spreekkamer.accreditation.application.TeamTrainingService;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.platform.web.FacesSupport;
import org.primefaces.model.StreamedContent;

/**
 * The practice manager's overview of the team's e-learning, with a CSV download. The address
 * parameter {@code toon=open} (the home page's link) shows only who still has something to do.
 * View-scoped, so that the filter of the address stays when the table is paged or sorted.
 */
@Named
@ViewScoped
public class TeamTrainingBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String OPEN = "open";

  @Inject TeamTrainingService training;
  @Inject ProfileService profiles;
  @Inject FacesSupport faces;

  private long praktijkId;
  private String praktijkName;
  private List<TeamTraining> rows;
  private String show;

  @PostConstruct
  void load() {
    var me = profiles.me();
    praktijkId = me.practice().id();
    praktijkName = me.practice().name();
    rows = training.overview(praktijkId);
  }

  public StreamedContent getCsv() {
    return faces.download(
        training.csv(praktijkId).getBytes(StandardCharsets.UTF_8),
        "scholing-team.csv",
        "text/csv; charset=UTF-8");
  }

  public List<TeamTraining> getRows() {
    return isOnlyOpen() ? rows.stream().filter(TeamTraining::needsAttention).toList() : rows;
  }

  public boolean isOnlyOpen() {
    return OPEN.equals(show);
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public String getPraktijkName() {
    return praktijkName;
  }

  public int getWarningDays() {
    return TeamTrainingService.EXPIRY_WARNING_DAYS;
  }
}
