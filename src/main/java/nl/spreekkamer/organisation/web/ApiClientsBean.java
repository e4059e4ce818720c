package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.organisation.application.ApiClientService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The coordinator's keys for the gemeente's case system: make one (the key is shown this once), see
 * which exist, and revoke one after confirmation.
 */
@Named
@ViewScoped
public class ApiClientsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApiClientService clients;
  @Inject FacesSupport faces;

  private List<ApiClientService.ApiClientView> all;
  private String name;
  private ApiClientService.IssuedKey issued;

  @PostConstruct
  void load() {
    all = clients.list();
  }

  public void issue() {
    try {
      issued = clients.issue(name);
      name = null;
      all = clients.list();
    } catch (DomainException e) {
      faces.error("keyForm", e);
    }
  }

  public void revoke(ApiClientService.ApiClientView client) {
    try {
      clients.revoke(client.id());
      faces.info("apiClients.revoked", client.name());
    } catch (DomainException e) {
      faces.error(null, e);
    }
    issued = null;
    all = clients.list();
  }

  public List<ApiClientService.ApiClientView> getClients() {
    return all;
  }

  public ApiClientService.IssuedKey getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
