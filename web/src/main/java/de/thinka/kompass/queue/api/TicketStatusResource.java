package de.thinka.kompass.queue.api;

import de.thinka.kompass.platform.rest.PublicApi;
import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.queue.boundary.TicketStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public, with the ticket's token: number, state, place in line, estimate, destination once called. */
@PublicApi
@Path("tickets/status/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketStatusResource {

    @Inject
    PublicQueue publicQueue;

    @GET
    public TicketViews.PublicTicket status(@PathParam("token") String token) {
        TicketStatus status = publicQueue.status(token);
        return TicketViews.PublicTicket.withPlace(status.ticket(), status.position(), status.estimatedWaitMinutes());
    }
}
