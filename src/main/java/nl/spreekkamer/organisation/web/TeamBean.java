package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.spreekkamer.organisation.application.AccountData;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.organisation.application.NewAccount;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.organisation.application.TeamService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The practice manager's team page: the list, adding a member (with a one-time password), editing
 * roles and registration numbers, deactivating and reactivating.
 */
@Named
@ViewScoped
public class TeamBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TeamService team;
  @Inject ProfileService profiles;
  @Inject FacesSupport faces;

  private long praktijkId;
  private String praktijkName;
  private List<AccountView> members = List.of();
  private final AccountEditor editor = new AccountEditor();

  @PostConstruct
  void load() {
    var me = profiles.me();
    praktijkId = me.practice().id();
    praktijkName = me.practice().name();
    refresh();
  }

  private void refresh() {
    members = team.team(praktijkId);
  }

  public void startNew() {
    editor.startNew();
  }

  public void startEdit(AccountView member) {
    editor.startEdit(member);
  }

  public void save() {
    try {
      AccountData data = editor.form().toData();
      if (editor.form().getId() == null) {
        NewAccount created = team.add(praktijkId, data);
        editor.issue(created);
        faces.info("team.added", created.account().displayName());
      } else {
        team.update(praktijkId, editor.form().getId(), data);
        faces.info("team.saved", editor.form().getDisplayName());
      }
      refresh();
      org.primefaces.PrimeFaces.current().executeScript("PF('memberDialog').hide()");
    } catch (DomainException e) {
      faces.error("memberForm", e);
    }
  }

  public void deactivate(AccountView member) {
    try {
      team.deactivate(praktijkId, member.id());
      faces.info("team.deactivated", member.displayName());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    refresh();
  }

  public void activate(AccountView member) {
    try {
      team.activate(praktijkId, member.id());
      faces.info("team.activated", member.displayName());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    refresh();
  }

  public List<Role> getRoleOptions() {
    return new ArrayList<>(EnumSet.copyOf(Role.practiceRoles()));
  }

  public String getPraktijkName() {
    return praktijkName;
  }

  public List<AccountView> getMembers() {
    return members;
  }

  public MemberForm getForm() {
    return editor.form();
  }

  public String getIssuedPassword() {
    return editor.issuedPassword();
  }

  public String getIssuedFor() {
    return editor.issuedFor();
  }
}
