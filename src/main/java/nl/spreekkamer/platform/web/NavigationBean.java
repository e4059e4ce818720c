package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.platform.i18n.LocalPath;
import nl.spreekkamer.platform.security.Role;

/** The main menu, built from the user's roles, and the language switch links. */
@Named
@RequestScoped
public class NavigationBean {
  /** A menu entry: bundle key for the label, the page, and the roles that see it (empty: all). */
  public record Item(String labelKey, String path, Set<Role> roles) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item("menu.home", "/index.xhtml", Set.of()),
          new Item(
              "menu.openers",
              "/openers/index.xhtml",
              Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER, Role.REDACTIE)),
          new Item(
              "menu.learning",
              "/leren/index.xhtml",
              Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER)),
          new Item(
              "menu.card",
              "/verwijskaart/index.xhtml",
              Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER)),
          new Item(
              "menu.referrals",
              "/verwijzingen/index.xhtml",
              Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER)),
          new Item(
              "menu.intake",
              "/intake/index.xhtml",
              Set.of(Role.GEMEENTE_INTAKE, Role.GEMEENTE_COORDINATOR)),
          new Item(
              "menu.materials",
              "/materialen/index.xhtml",
              Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER)),
          new Item("menu.kits", "/gemeente/kits.xhtml", Set.of(Role.GEMEENTE_COORDINATOR)),
          new Item("menu.stock", "/gemeente/voorraad.xhtml", Set.of(Role.GEMEENTE_COORDINATOR)),
          new Item(
              "menu.apiClients", "/gemeente/koppelingen.xhtml", Set.of(Role.GEMEENTE_COORDINATOR)),
          new Item(
              "menu.catalogue",
              "/catalogus/index.xhtml",
              Set.of(
                  Role.HUISARTS,
                  Role.POH,
                  Role.ASSISTENT,
                  Role.PRAKTIJKMANAGER,
                  Role.GEMEENTE_INTAKE,
                  Role.GEMEENTE_COORDINATOR,
                  Role.REDACTIE,
                  Role.BEHEER)),
          new Item(
              "menu.monitoring",
              "/monitoring/gemeente.xhtml",
              Set.of(Role.GEMEENTE_COORDINATOR, Role.BEHEER)),
          new Item(
              "menu.practiceFigures",
              "/monitoring/praktijk.xhtml",
              Set.of(Role.HUISARTS, Role.PRAKTIJKMANAGER)),
          new Item("menu.team", "/praktijk/team.xhtml", Set.of(Role.PRAKTIJKMANAGER)),
          new Item("menu.training", "/praktijk/scholing.xhtml", Set.of(Role.PRAKTIJKMANAGER)),
          new Item(
              "menu.socialMap",
              "/sociale-kaart.xhtml",
              Set.of(
                  Role.HUISARTS,
                  Role.POH,
                  Role.ASSISTENT,
                  Role.PRAKTIJKMANAGER,
                  Role.GEMEENTE_INTAKE)),
          new Item("menu.contacts", "/gemeente/contacten.xhtml", Set.of(Role.GEMEENTE_COORDINATOR)),
          new Item(
              "menu.socialMapEdit",
              "/gemeente/sociale-kaart.xhtml",
              Set.of(Role.GEMEENTE_COORDINATOR)),
          new Item("menu.gemeenten", "/beheer/gemeenten.xhtml", Set.of(Role.BEHEER)),
          new Item("menu.praktijken", "/beheer/praktijken.xhtml", Set.of(Role.BEHEER)),
          new Item("menu.accounts", "/beheer/accounts.xhtml", Set.of(Role.BEHEER)),
          new Item("menu.auditTrail", "/beheer/logboek.xhtml", Set.of(Role.BEHEER)),
          new Item("menu.outbox", "/beheer/mail.xhtml", Set.of(Role.BEHEER)),
          new Item(
              "menu.accreditation",
              "/accreditatie/index.xhtml",
              Set.of(Role.REDACTIE, Role.BEHEER)),
          new Item("menu.profile", "/profiel.xhtml", Set.of()));

  @Inject SecurityContext security;

  public List<Item> getItems() {
    if (security.getCallerPrincipal() == null) {
      return List.of();
    }
    return ITEMS.stream()
        .filter(
            i ->
                i.roles().isEmpty()
                    || i.roles().stream().anyMatch(r -> security.isCallerInRole(r.name())))
        .toList();
  }

  public boolean isCurrent(Item item) {
    return item.path().equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
  }

  /** The link that switches to {@code lang} and comes back to the current page. */
  public String languageUrl(String lang) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String path = request.getServletPath();
    if (path.startsWith("/fout/")) {
      path = "/index.xhtml";
    }
    if (request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/taal?lang="
        + lang
        + "&terug="
        + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  public String getUsername() {
    return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
  }

  /** A return path from a request parameter, kept inside the application (home otherwise). */
  public String localPath(String path) {
    return LocalPath.orHome(path);
  }
}
