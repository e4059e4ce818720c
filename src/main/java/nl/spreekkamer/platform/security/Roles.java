package nl.spreekkamer.platform.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}; they mirror {@link Role}. */
public final class Roles {
  public static final String HUISARTS = "HUISARTS";
  public static final String POH = "POH";
  public static final String ASSISTENT = "ASSISTENT";
  public static final String PRAKTIJKMANAGER = "PRAKTIJKMANAGER";
  public static final String GEMEENTE_INTAKE = "GEMEENTE_INTAKE";
  public static final String GEMEENTE_COORDINATOR = "GEMEENTE_COORDINATOR";
  public static final String REDACTIE = "REDACTIE";
  public static final String BEHEER = "BEHEER";

  /**
   * A municipal case system calling the API with its gemeente's API key; not a role a person can
   * have, so it is not a {@link Role}.
   */
  public static final String GEMEENTE_SYSTEEM = "GEMEENTE_SYSTEEM";

  private Roles() {}
}
