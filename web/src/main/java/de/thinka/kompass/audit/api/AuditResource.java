package de.thinka.kompass.audit.api;

import de.thinka.kompass.audit.boundary.AuditFilter;
import de.thinka.kompass.audit.boundary.AuditPage;
import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.OffsetDateTime;
import java.util.List;

/** ADMIN reads the audit trail, newest first, 50 entries a page. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    public record EntryView(OffsetDateTime at, String actor, String action, String objectType, String objectId,
                            String office) {
    }

    public record PageView(List<EntryView> entries, int page, boolean more) {
        static PageView of(AuditPage page) {
            return new PageView(page.entries().stream().map(e -> new EntryView(Times.berlin(e.occurredAt()), e.actor(),
                    e.action(), e.objectType(), e.objectId(), e.office())).toList(), page.page(), page.more());
        }
    }

    @Inject
    AuditTrail trail;

    @GET
    public PageView entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("office") String office, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page) {
        return PageView.of(trail.search(new AuditFilter(actor, action, office, Times.day(from, "from"),
                Times.day(to, "to"), page)));
    }
}
