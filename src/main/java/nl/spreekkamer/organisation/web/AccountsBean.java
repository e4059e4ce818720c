package nl.spreekkamer.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.organisation.application.AccountData;
import nl.spreekkamer.organisation.application.AccountService;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.organisation.application.NewAccount;
import nl.spreekkamer.organisation.application.PraktijkService;
import nl.spreekkamer.organisation.application.PraktijkView;
import nl.spreekkamer.organisation.domain.AccountFilter;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.web.FacesSupport;
import nl.spreekkamer.platform.web.PageDataModel;
import org.primefaces.PrimeFaces;

/**
 * Beheer's list of all accounts: searching page by page, creating and editing in a dialog,
 * deactivating, reactivating and resetting a password (the one-time password is shown once).
 */
@Named
@ViewScoped
public class AccountsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject PraktijkService praktijken;
  @Inject GemeenteService gemeenten;
  @Inject FacesSupport faces;

  private String search;
  private AccountFilter filter = AccountFilter.ALL;
  private String link;
  private PageDataModel<AccountView> model;
  private List<PraktijkView> praktijkOptions = List.of();
  private List<GemeenteView> gemeenteOptions = List.of();
  private final AccountEditor editor = new AccountEditor();

  @PostConstruct
  void load() {
    model =
        new PageDataModel<>(
            (first, max) -> accounts.search(search, filter, first, max), AccountView::id);
    praktijkOptions = allPraktijken();
    gemeenteOptions = gemeenten.list();
  }

  private List<PraktijkView> allPraktijken() {
    List<PraktijkView> all = new ArrayList<>();
    Page<PraktijkView> page;
    do {
      page = praktijken.search(null, all.size(), Page.MAX_PAGE_SIZE);
      all.addAll(page.items());
    } while (!page.items().isEmpty() && all.size() < page.total());
    return all;
  }

  public void search() {
    faces.firstPage("accountsForm:accounts");
  }

  public void startNew() {
    editor.startNew();
  }

  public void startEdit(AccountView account) {
    editor.startEdit(account);
  }

  public void save() {
    try {
      AccountData data = editor.form().toData();
      if (editor.form().getId() == null) {
        NewAccount created = accounts.create(data);
        editor.issue(created);
        faces.info("accounts.added", created.account().displayName());
      } else {
        faces.info("accounts.saved", accounts.update(editor.form().getId(), data).displayName());
      }
      PrimeFaces.current().executeScript("PF('accountDialog').hide()");
    } catch (DomainException e) {
      faces.error("accountForm", e);
    }
  }

  public void deactivate(AccountView account) {
    try {
      accounts.deactivate(account.id());
      faces.info("accounts.deactivated", account.displayName());
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public void activate(AccountView account) {
    try {
      accounts.activate(account.id());
      faces.info("accounts.activated", account.displayName());
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public void resetPassword(AccountView account) {
    try {
      editor.issue(accounts.resetPassword(account.id()));
      faces.info("accounts.reset.done", account.displayName());
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public void resetTwoFactor(AccountView account) {
    try {
      accounts.resetTwoFactor(account.id());
      faces.info("accounts.twoFactor.resetDone");
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public List<Role> getRoleOptions() {
    return List.of(Role.values());
  }

  public PageDataModel<AccountView> getModel() {
    return model;
  }

  public List<PraktijkView> getPraktijkOptions() {
    return praktijkOptions;
  }

  public List<GemeenteView> getGemeenteOptions() {
    return gemeenteOptions;
  }

  /**
   * The filter a link asks for ({@code ?status=NEVER_LOGGED_IN} from the home page), applied once
   * when the page opens: a view parameter bound to the filter itself would set it back on every
   * postback. An unknown value is dropped with a message.
   */
  public void applyLink() {
    if (link == null || link.isBlank()) {
      return;
    }
    try {
      filter = AccountFilter.valueOf(link);
    } catch (IllegalArgumentException e) {
      faces.error("accounts.link.invalid");
    }
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  /** Which accounts the list shows. */
  public AccountFilter getFilter() {
    return filter;
  }

  public void setFilter(AccountFilter filter) {
    this.filter = filter == null ? AccountFilter.ALL : filter;
  }

  public List<AccountFilter> getFilterOptions() {
    return List.of(AccountFilter.values());
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
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
