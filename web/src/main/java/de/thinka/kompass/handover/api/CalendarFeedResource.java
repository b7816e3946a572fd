package de.thinka.kompass.handover.api;

import de.thinka.kompass.handover.boundary.CalendarFeeds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A staff member's own subscribable calendar: POST makes a new secret address (the old one stops), DELETE revokes it. */
@Path("me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CalendarFeedResource {

    public record FeedView(String path, String url) {
    }

    @Inject
    CalendarFeeds feeds;

    @Context
    UriInfo uri;

    @POST
    public Response issue() {
        String path = "/ical/" + feeds.issue() + ".ics";
        String base = uri.getBaseUri().toString().replaceAll("/api/?$", "");
        return Response.status(201).entity(new FeedView(path, base + path)).build();
    }

    @DELETE
    public Response revoke() {
        feeds.revoke();
        return Response.noContent().build();
    }
}
