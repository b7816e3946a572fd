package de.thinka.kompass.handover.api;

import de.thinka.kompass.handover.api.HandoverViews.HandoverView;
import de.thinka.kompass.handover.boundary.HandoverDesk;
import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.boundary.NewHandover;
import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Counsellors' handovers to partner agencies. Who may do what is decided in {@link HandoverDesk}. */
@Path("handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class HandoversResource {

    public record ConsentInput(Boolean name, Boolean phone, Boolean email, Boolean concern, Boolean note,
                               String validUntil, String givenAt) {
    }

    public record NewHandoverInput(String office, Long partnerContactId, Long ticketId, String appointment,
                                   String start, Integer durationMinutes, String location, String concern,
                                   String clientName, String clientEmail, String clientPhone, String note,
                                   ConsentInput consent, Boolean discreet, Boolean draft) {
    }

    public record Created(long id, String number, String state) {
    }

    public record NewTime(String start, Integer durationMinutes, String location) {
    }

    public record Outcome(Boolean attended) {
    }

    @Inject
    HandoverDesk desk;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(@RequestBody(description = "{partnerContactId, start, durationMinutes?, concern?, clientName?, "
            + "clientEmail?, clientPhone?, note?, consent: {name, phone, email, concern, note, validUntil?}, discreet?, "
            + "office?, ticketId?, appointment?, location?, draft?}") String body) {
        NewHandoverInput in = JsonBody.optional(body, NewHandoverInput.class, new NewHandoverInput(null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        ConsentInput consent = in.consent() == null ? new ConsentInput(null, null, null, null, null, null, null) : in.consent();
        HandoverFacts facts = desk.create(new NewHandover(in.office(), in.partnerContactId(), in.ticketId(),
                in.appointment(), Times.instant(in.start(), "start"), in.durationMinutes(), in.location(), in.concern(),
                in.clientName(), in.clientEmail(), in.clientPhone(), in.note(),
                HandoverViews.items(consent.name(), consent.phone(), consent.email(), consent.concern(), consent.note()),
                consent.givenAt() == null ? null : Times.instant(consent.givenAt(), "consent.givenAt"),
                Times.day(consent.validUntil(), "consent.validUntil"), in.discreet(), Boolean.TRUE.equals(in.draft())));
        return Response.created(UriBuilder.fromPath("/api/handovers/{id}").build(facts.handover().id()))
                .entity(new Created(facts.handover().id(), facts.handover().number(), facts.handover().state().name()))
                .build();
    }

    /** The caller's own handovers, newest first. */
    @GET
    public List<HandoverView> mine() {
        return desk.mine().stream().map(HandoverView::of).toList();
    }

    @GET
    @Path("{id}")
    public HandoverView one(@PathParam("id") long id) {
        return HandoverView.of(desk.one(id));
    }

    /** The calendar object exactly as last sent to the partner. */
    @GET
    @Path("{id}/invite.ics")
    @Produces("text/calendar")
    public Response invitation(@PathParam("id") long id) {
        return Response.ok(desk.lastInvitation(id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"invite.ics\"").build();
    }

    @POST
    @Path("{id}/invite")
    public HandoverView invite(@PathParam("id") long id) {
        return HandoverView.of(desk.invite(id));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public HandoverView reschedule(@PathParam("id") long id,
                                   @RequestBody(description = "{start, durationMinutes?, location?}") String body) {
        NewTime time = JsonBody.optional(body, NewTime.class, new NewTime(null, null, null));
        return HandoverView.of(desk.reschedule(id, Times.instant(time.start(), "start"), time.durationMinutes(),
                time.location()));
    }

    @POST
    @Path("{id}/withdraw")
    public HandoverView withdraw(@PathParam("id") long id) {
        return HandoverView.of(desk.withdraw(id));
    }

    @POST
    @Path("{id}/revoke-consent")
    public HandoverView revokeConsent(@PathParam("id") long id) {
        return HandoverView.of(desk.revokeConsent(id));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public HandoverView outcome(@PathParam("id") long id, @RequestBody(description = "{attended: true|false}") String body) {
        Outcome outcome = JsonBody.optional(body, Outcome.class, new Outcome(null));
        if (outcome.attended() == null) {
            throw new de.thinka.kompass.platform.boundary.InvalidInput("field-missing", "attended");
        }
        return HandoverView.of(desk.recordOutcome(id, outcome.attended()));
    }
}
