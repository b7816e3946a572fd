package de.thinka.kompass.queue.api;

import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.queue.boundary.TicketFacts;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import de.thinka.kompass.queue.entity.TicketAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Staff act on a ticket: recall, start, finish, no-show, requeue, transfer, leave (and call, hand-over).
 * Transfer and call take {@code {"desk": "raum-2", "counsellor": "beratung-arnstadt"}}.
 */
@Path("tickets/{id}/{action}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TicketActionsResource {

    public record Target(String desk, String counsellor) {
    }

    @Inject
    WalkInQueue queue;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public TicketViews.StaffTicket act(@PathParam("id") long id, @PathParam("action") String action, String body) {
        TicketAction known = TicketAction.bySlug(action).orElseThrow(NotFoundException::new);
        Target where = JsonBody.optional(body, Target.class, new Target(null, null));
        TicketFacts ticket = queue.act(id, known, where.desk(), where.counsellor());
        return TicketViews.StaffTicket.of(ticket);
    }
}
