package nl.spreekkamer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The common part of an in-server (Arquillian) test archive: the domain model with its converters,
 * the persistence unit, and the HTTP client to drive the real application.
 */
public final class InServer {
  private InServer() {}

  /**
   * The application's persistence unit without its EclipseLink session customizer: Liberty shows
   * EclipseLink's API only to the application itself (apiTypeVisibility in server.xml), not to test
   * archives.
   */
  public static String persistenceUnit() {
    try (InputStream in =
        InServer.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
      String unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutCustomizer =
          unit.replaceAll("(?m)^\\s*<property name=\"eclipselink.session.customizer\".*$\\n", "");
      if (withoutCustomizer.equals(unit)) {
        throw new IllegalStateException("persistence.xml has no session customizer line to drop");
      }
      return withoutCustomizer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WebArchive archive(String name) {
    return ShrinkWrap.create(WebArchive.class, name)
        .addPackages(
            false,
            path ->
                !path.get().contains("DatabaseMigrator")
                    && !path.get().contains("FailFastCustomizer"),
            "nl.spreekkamer.referral.domain",
            "nl.spreekkamer.organisation.domain",
            "nl.spreekkamer.platform.errors",
            "nl.spreekkamer.platform.persistence")
        .addClasses(
            nl.spreekkamer.platform.i18n.LanguageCodes.class,
            nl.spreekkamer.platform.security.Role.class,
            nl.spreekkamer.platform.security.Role.Scope.class,
            nl.spreekkamer.organisation.infrastructure.AgbCodeConverter.class,
            nl.spreekkamer.organisation.infrastructure.BigNumberConverter.class,
            nl.spreekkamer.organisation.infrastructure.CbsCodeConverter.class,
            nl.spreekkamer.organisation.infrastructure.PostcodeConverter.class,
            Api.class,
            Api.Reply.class,
            InServer.class)
        .addAsResource(new StringAsset(persistenceUnit()), "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }
}
