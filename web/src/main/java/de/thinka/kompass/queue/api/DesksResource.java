package de.thinka.kompass.queue.api;

import de.thinka.kompass.queue.api.TicketViews.StaffTicket;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A desk calls the next visitor: 200 with the called ticket, 204 when nobody waits. */
@Path("offices/{office}/desks/{desk}/call-next")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class DesksResource {

    @Inject
    WalkInQueue queue;

    @POST
    public Response callNext(@PathParam("office") String office, @PathParam("desk") String desk) {
        return queue.callNext(office, desk)
                .map(ticket -> Response.ok(StaffTicket.of(ticket)).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
