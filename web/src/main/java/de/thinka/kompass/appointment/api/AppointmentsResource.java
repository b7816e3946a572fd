package de.thinka.kompass.appointment.api;

import de.thinka.kompass.appointment.api.BookingViews.StaffBooking;
import de.thinka.kompass.appointment.boundary.AppointmentDesk;
import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.BookingRequest;
import de.thinka.kompass.appointment.boundary.CheckedIn;
import de.thinka.kompass.appointment.entity.BookingChannel;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.queue.api.TicketsResource.Issued;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The office's appointments for its staff: calendar, booking on someone's behalf, move, cancel, check-in. */
@Path("offices/{office}/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AppointmentsResource {

    public record NewAppointment(String concern, String start, String name, String email, String phone,
                                 String language, String channel, String counsellor) {
    }

    public record Move(String start, String counsellor) {
    }

    public record CheckInView(StaffBooking booking, Issued ticket) {
    }

    @Inject
    AppointmentDesk desk;

    @Inject
    ProblemTexts texts;

    @GET
    public List<StaffBooking> calendar(@PathParam("office") String office, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("counsellor") String counsellor) {
        LocalDate first = Times.day(from, "from");
        first = first == null ? LocalDate.now(Times.BERLIN) : first;
        LocalDate last = Times.day(to, "to");
        return desk.calendar(office, first, last == null ? first.plusDays(6) : last, counsellor).stream()
                .map(facts -> StaffBooking.of(facts, texts.locale())).toList();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response book(@PathParam("office") String office,
                         @RequestBody(description = "{concern, start, name, email?, phone?, language?, channel?: PHONE|DESK, counsellor?}") String body) {
        NewAppointment request = JsonBody.optional(body, NewAppointment.class,
                new NewAppointment(null, null, null, null, null, null, null, null));
        BookingFacts facts = desk.bookOnBehalf(new BookingRequest(office, request.concern(),
                Times.instant(request.start(), "start"), request.name(), request.email(), request.phone(),
                request.language()), channel(request.channel()), request.counsellor());
        return Response.created(UriBuilder.fromPath("/api/offices/{office}/appointments/{reference}")
                        .build(office, facts.appointment().reference()))
                .entity(StaffBooking.of(facts, texts.locale())).build();
    }

    @GET
    @Path("{reference}")
    public StaffBooking find(@PathParam("office") String office, @PathParam("reference") String reference) {
        return StaffBooking.of(desk.find(office, reference), texts.locale());
    }

    @POST
    @Path("{reference}/move")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public StaffBooking move(@PathParam("office") String office, @PathParam("reference") String reference,
                             @RequestBody(description = "{start, counsellor?}") String body) {
        Move move = JsonBody.optional(body, Move.class, new Move(null, null));
        return StaffBooking.of(desk.move(office, reference, Times.instant(move.start(), "start"), move.counsellor()), texts.locale());
    }

    @POST
    @Path("{reference}/cancel")
    public StaffBooking cancel(@PathParam("office") String office, @PathParam("reference") String reference) {
        return StaffBooking.of(desk.cancel(office, reference), texts.locale());
    }

    @POST
    @Path("{reference}/check-in")
    public CheckInView checkIn(@PathParam("office") String office, @PathParam("reference") String reference) {
        CheckedIn done = desk.checkIn(office, reference);
        String token = done.ticket().ticket().token();
        return new CheckInView(StaffBooking.of(done.booking(), texts.locale()),
                new Issued(done.ticket().ticket().id(), done.ticket().ticket().number(), token,
                        done.ticket().position(), done.ticket().estimatedWaitMinutes(), "/t/" + token));
    }

    private static BookingChannel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return BookingChannel.PHONE;
        }
        try {
            return BookingChannel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("bad-channel");
        }
    }

}
