package de.thinka.kompass.notification.api;

import de.thinka.kompass.notification.boundary.OutboxAdmin;
import de.thinka.kompass.notification.boundary.OutboxEntry;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.OffsetDateTime;
import java.util.List;

/** ADMIN: mails that keep failing, and another try. Contents and full addresses never leave the server. */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class OutboxResource {

    public record MailView(long id, String dedupKey, String recipient, String state, int attempts, String lastError,
                           OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
        static MailView of(OutboxEntry entry) {
            return new MailView(entry.id(), entry.dedupKey(), entry.recipientDomain(), entry.state(), entry.attempts(),
                    entry.lastError(), Times.berlin(entry.createdAt()),
                    entry.nextAttemptAt() == null ? null : Times.berlin(entry.nextAttemptAt()),
                    entry.sentAt() == null ? null : Times.berlin(entry.sentAt()));
        }
    }

    @Inject
    OutboxAdmin admin;

    /** Without {@code key}: failed and repeatedly failing mails; with it: all mails whose key starts so. */
    @GET
    public List<MailView> mails(@QueryParam("key") String keyPrefix) {
        return admin.mails(keyPrefix).stream().map(MailView::of).toList();
    }

    @POST
    @Path("{id}/retry")
    public MailView retry(@PathParam("id") long id) {
        return MailView.of(admin.retry(id));
    }
}
