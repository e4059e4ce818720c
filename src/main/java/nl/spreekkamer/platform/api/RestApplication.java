package nl.spreekkamer.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}: HTTP Basic or the browser session, JSON in and out. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Spreekkamer API",
            version = "1",
            description =
                "Geldzorgen in de spreekkamer: organisations, accounts and (later) learning,"
                    + " referral cards and the intake queue. Errors are RFC 9457 problem bodies."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
