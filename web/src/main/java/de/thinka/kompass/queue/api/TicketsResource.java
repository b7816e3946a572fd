package de.thinka.kompass.queue.api;

import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.queue.boundary.IssuedTicket;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import de.thinka.kompass.queue.entity.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Reception issues walk-in tickets: the body is optional, nothing personal is required. */
@Path("offices/{office}/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TicketsResource {

    /** Body of a new ticket; everything is optional ({@code firstContact}: reception ticked "first contact"). */
    public record NewTicket(String concern, String pseudonym, Priority priority, Boolean firstContact) {
    }

    public record Issued(long id, String number, String token, int position, int estimatedWaitMinutes, String statusPage) {
    }

    @Inject
    WalkInQueue queue;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response issue(@PathParam("office") String office,
                          @RequestBody(description = "{concern?, pseudonym?, priority?: NORMAL|URGENT|ASSISTANCE, firstContact?: true|false}") String body) {
        NewTicket request = JsonBody.optional(body, NewTicket.class, new NewTicket(null, null, null, null));
        IssuedTicket issued = queue.issue(office, request.concern(), request.pseudonym(), request.priority(),
                Boolean.TRUE.equals(request.firstContact()));
        String token = issued.ticket().token();
        return Response.created(UriBuilder.fromPath("/api/tickets/status/{token}").build(token))
                .entity(new Issued(issued.ticket().id(), issued.ticket().number(), token, issued.position(),
                        issued.estimatedWaitMinutes(), "/t/" + token))
                .build();
    }
}
