package de.thinka.kompass.queue.api;

import de.thinka.kompass.queue.api.TicketViews.StaffTicket;
import de.thinka.kompass.queue.boundary.QueueSnapshot;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The current queue of an office for its staff: open tickets in full detail, seq, waiting count, estimate. */
@Path("offices/{office}/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class QueueResource {

    public record QueueView(String office, long seq, int waiting, int estimatedWaitMinutes, List<StaffTicket> tickets) {
    }

    @Inject
    WalkInQueue queue;

    @GET
    public QueueView queue(@PathParam("office") String office) {
        QueueSnapshot snapshot = queue.snapshot(office);
        return new QueueView(snapshot.office(), snapshot.seq(), snapshot.figures().waitingCount(),
                snapshot.figures().minutesForNext(),
                snapshot.tickets().stream().map(t -> StaffTicket.of(t, snapshot.figures())).toList());
    }
}
