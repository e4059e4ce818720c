package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.organisation.application.MeView;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.web.FacesSupport;

/** The home page: who you are, where you belong, and what each of your roles can do here. */
@Named
@RequestScoped
public class HomeBean {
  @Inject ProfileService profiles;
  @Inject FacesSupport faces;

  private MeView me;

  @PostConstruct
  void load() {
    me = profiles.me();
  }

  public MeView getMe() {
    return me;
  }

  public List<Role> getRoles() {
    return me.roles().stream().sorted().toList();
  }

  /** What this role can do here: the texts home.role.ROLE.1, .2, ... that exist. */
  public List<String> tasks(Role role) {
    List<String> tasks = new ArrayList<>();
    for (int n = 1; n <= 9; n++) {
      String key = "home.role." + role.name() + "." + n;
      if (!Messages.has(faces.locale(), key)) {
        break;
      }
      tasks.add(faces.text(key));
    }
    return tasks;
  }

  /** The organisation shown under the greeting: the practice, or else the gemeente. */
  public String getOrganisation() {
    if (me.practice() != null) {
      return me.practice().name();
    }
    return me.gemeente() == null ? null : me.gemeente().name();
  }
}
