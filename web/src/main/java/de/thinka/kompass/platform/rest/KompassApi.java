package de.thinka.kompass.platform.rest;

import de.thinka.kompass.staff.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api. Staff authenticate with a session (browser) or HTTP Basic (API clients). */
@ApplicationPath("api")
@DeclareRoles({Role.Names.ADMIN, Role.Names.RECEPTION, Role.Names.COUNSELLOR})
@OpenAPIDefinition(info = @Info(title = "KOMPASS API", version = "1",
        description = "Anlaufstellen KOMPASS Arnstadt und Ilmenau. Errors are application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class KompassApi extends Application {
}
