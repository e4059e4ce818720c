package nl.spreekkamer.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The common part of an in-server (Arquillian) test archive: the domain model with its converters,
 * the persistence unit, and the HTTP client to drive the real application.
 */
public final class InServer {
  private InServer() {}

  public static WebArchive archive(String name) {
    return ShrinkWrap.create(WebArchive.class, name)
        .addPackages(
            false,
            path -> !path.get().contains("DatabaseMigrator"),
            "nl.spreekkamer.referral.domain",
            "nl.spreekkamer.print.domain",
            "nl.spreekkamer.organisation.domain",
            "nl.spreekkamer.platform.errors",
            "nl.spreekkamer.platform.persistence")
        .addClasses(
            nl.spreekkamer.platform.security.Role.class,
            nl.spreekkamer.platform.security.Role.Scope.class,
            nl.spreekkamer.organisation.infrastructure.AgbCodeConverter.class,
            nl.spreekkamer.organisation.infrastructure.BigNumberConverter.class,
            nl.spreekkamer.organisation.infrastructure.CbsCodeConverter.class,
            nl.spreekkamer.organisation.infrastructure.PostcodeConverter.class,
            Api.class,
            Api.Reply.class,
            InServer.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }
}
