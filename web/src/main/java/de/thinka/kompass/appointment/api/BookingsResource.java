package de.thinka.kompass.appointment.api;

import de.thinka.kompass.platform.rest.PublicApi;
import de.thinka.kompass.appointment.api.BookingViews.Booked;
import de.thinka.kompass.appointment.api.BookingViews.PublicBooking;
import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.BookingRequest;
import de.thinka.kompass.appointment.boundary.OnlineBooking;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.Locale;

/**
 * Online booking without an account. The manage token in the path is the only key to a booking; whoever
 * holds it may look, move and cancel. The body field {@code website} is a honeypot people never fill in.
 */
@PublicApi
@Path("bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    public record NewBooking(String office, String concern, String start, String name, String email, String phone,
                             String language, String website) {
    }

    public record NewTime(String start) {
    }

    @Inject
    OnlineBooking booking;

    @Inject
    ProblemTexts texts;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response book(@RequestBody(description = "{office, concern, start, name, email?, phone?, language?}") String body) {
        NewBooking request = JsonBody.optional(body, NewBooking.class, new NewBooking(null, null, null, null, null, null, null, null));
        if (request.website() != null && !request.website().isBlank()) {
            throw new InvalidInput("spam-suspected");
        }
        BookingFacts facts = booking.book(new BookingRequest(request.office(), request.concern(),
                Times.instant(request.start(), "start"), request.name(), request.email(), request.phone(),
                language(request.language())));
        return Response.created(UriBuilder.fromPath("/api/bookings/{token}").build(facts.appointment().manageToken()))
                .entity(Booked.of(facts)).build();
    }

    @GET
    @Path("{token}")
    public PublicBooking view(@PathParam("token") String token) {
        BookingFacts facts = booking.view(token);
        return PublicBooking.of(facts, locale(facts));
    }

    @GET
    @Path("{token}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token) {
        return Response.ok(booking.calendar(token), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kompass-termin.ics\"").build();
    }

    @POST
    @Path("{token}/cancel")
    public PublicBooking cancel(@PathParam("token") String token) {
        BookingFacts facts = booking.cancel(token);
        return PublicBooking.of(facts, locale(facts));
    }

    @POST
    @Path("{token}/reschedule")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public PublicBooking reschedule(@PathParam("token") String token, @RequestBody(description = "{start}") String body) {
        NewTime time = JsonBody.optional(body, NewTime.class, new NewTime(null));
        BookingFacts facts = booking.reschedule(token, Times.instant(time.start(), "start"));
        return PublicBooking.of(facts, locale(facts));
    }

    /** The language asked for, else the browser's: German unless English is preferred. */
    private String language(String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "de";
        }
        return texts.locale().getLanguage();
    }

    private static Locale locale(BookingFacts facts) {
        return "en".equals(facts.appointment().language()) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
