package de.thinka.kompass.queue.api;

import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** During the talk the counsellor adds a further concern category: {@code {"concern": "schulden"}}. */
@Path("tickets/{id}/concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TicketConcernsResource {

    public record AddedConcern(String concern) {
    }

    @Inject
    WalkInQueue queue;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public TicketViews.StaffTicket add(@PathParam("id") long id,
                                       @RequestBody(description = "{concern: id of a concern category}") String body) {
        AddedConcern request = JsonBody.optional(body, AddedConcern.class, new AddedConcern(null));
        return TicketViews.StaffTicket.of(queue.addConcern(id, request.concern()));
    }
}
