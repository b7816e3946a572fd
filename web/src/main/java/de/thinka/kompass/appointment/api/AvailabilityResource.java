package de.thinka.kompass.appointment.api;

import de.thinka.kompass.appointment.boundary.AvailabilityPlanning;
import de.thinka.kompass.appointment.boundary.AvailabilityView;
import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.AbsenceKind;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.LocalPeriod;
import de.thinka.kompass.appointment.entity.WorkPlan;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.rest.JsonBody;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** Working plans, extra hours, absences and closure days of an office (staff; changes by ADMIN or the counsellor). */
@Path("offices/{office}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AvailabilityResource {

    public record PlanView(long id, String counsellor, String day, LocalTime from, LocalTime to, LocalTime breakFrom,
                           LocalTime breakTo, LocalDate validFrom, LocalDate validUntil) {
        static PlanView of(WorkPlan plan) {
            return new PlanView(plan.id(), plan.username(), plan.day().name(), plan.hours().from(), plan.hours().to(),
                    plan.pause() == null ? null : plan.pause().from(), plan.pause() == null ? null : plan.pause().to(),
                    plan.validFrom(), plan.validUntil());
        }
    }

    public record ExtraView(long id, String counsellor, LocalDate day, LocalTime from, LocalTime to) {
        static ExtraView of(ExtraHours extra) {
            return new ExtraView(extra.id(), extra.username(), extra.day(), extra.hours().from(), extra.hours().to());
        }
    }

    public record AbsenceView(long id, String counsellor, LocalDate firstDay, LocalDate lastDay, String kind) {
        static AbsenceView of(Absence absence) {
            return new AbsenceView(absence.id(), absence.username(), absence.firstDay(), absence.lastDay(), absence.kind().name());
        }
    }

    public record ClosureView(LocalDate day, String reason) {
    }

    public record Overview(String office, LocalDate from, LocalDate to, List<PlanView> plans, List<ExtraView> extraHours,
                           List<AbsenceView> absences, List<ClosureView> closures, List<LocalDate> publicHolidays) {
    }

    public record NewPlan(String counsellor, String day, String from, String to, String breakFrom, String breakTo,
                          String validFrom, String validUntil) {
    }

    public record NewExtra(String counsellor, String day, String from, String to) {
    }

    public record NewAbsence(String counsellor, String firstDay, String lastDay, String kind) {
    }

    public record NewClosure(String day, String reason) {
    }

    @Inject
    AvailabilityPlanning planning;

    @GET
    public Overview overview(@PathParam("office") String office, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = Times.day(from, "from");
        first = first == null ? LocalDate.now(Times.BERLIN) : first;
        LocalDate last = Times.day(to, "to");
        AvailabilityView view = planning.view(office, first, last == null ? first.plusDays(27) : last);
        return new Overview(view.office().id(), view.from(), view.to(),
                view.plans().stream().map(PlanView::of).toList(), view.extras().stream().map(ExtraView::of).toList(),
                view.absences().stream().map(AbsenceView::of).toList(),
                view.closures().stream().map(c -> new ClosureView(c.day(), c.reason())).toList(), view.publicHolidays());
    }

    @POST
    @Path("work-plans")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response addPlan(@PathParam("office") String office,
                            @RequestBody(description = "{counsellor, day: MONDAY…, from: HH:MM, to, breakFrom?, breakTo?, validFrom?, validUntil?}") String body) {
        NewPlan plan = JsonBody.optional(body, NewPlan.class, new NewPlan(null, null, null, null, null, null, null, null));
        LocalTime breakFrom = Times.clock(plan.breakFrom(), "breakFrom");
        LocalTime breakTo = Times.clock(plan.breakTo(), "breakTo");
        WorkPlan created = planning.addWorkPlan(office, plan.counsellor(), Times.weekday(plan.day()),
                period(plan.from(), plan.to()),
                breakFrom == null && breakTo == null ? null : period(plan.breakFrom(), plan.breakTo()),
                Times.day(plan.validFrom(), "validFrom"), Times.day(plan.validUntil(), "validUntil"));
        return Response.status(Response.Status.CREATED).entity(PlanView.of(created)).build();
    }

    @DELETE
    @Path("work-plans/{id}")
    public Response removePlan(@PathParam("office") String office, @PathParam("id") long id) {
        planning.removeWorkPlan(id);
        return Response.noContent().build();
    }

    @POST
    @Path("extra-hours")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response addExtra(@PathParam("office") String office,
                             @RequestBody(description = "{counsellor, day: YYYY-MM-DD, from: HH:MM, to}") String body) {
        NewExtra extra = JsonBody.optional(body, NewExtra.class, new NewExtra(null, null, null, null));
        LocalDate day = required(Times.day(extra.day(), "day"), "day");
        ExtraHours created = planning.addExtraHours(office, extra.counsellor(), day, period(extra.from(), extra.to()));
        return Response.status(Response.Status.CREATED).entity(ExtraView.of(created)).build();
    }

    @POST
    @Path("absences")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response addAbsence(@PathParam("office") String office,
                               @RequestBody(description = "{counsellor, firstDay, lastDay, kind: HOLIDAY|SICKNESS|OTHER}") String body) {
        NewAbsence absence = JsonBody.optional(body, NewAbsence.class, new NewAbsence(null, null, null, null));
        LocalDate first = required(Times.day(absence.firstDay(), "firstDay"), "firstDay");
        LocalDate last = Times.day(absence.lastDay(), "lastDay");
        Absence created = planning.addAbsence(office, absence.counsellor(), first, last == null ? first : last, kind(absence.kind()));
        return Response.status(Response.Status.CREATED).entity(AbsenceView.of(created)).build();
    }

    @POST
    @Path("closures")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response close(@PathParam("office") String office, @RequestBody(description = "{day, reason?}") String body) {
        NewClosure closure = JsonBody.optional(body, NewClosure.class, new NewClosure(null, null));
        var created = planning.closeOffice(office, required(Times.day(closure.day(), "day"), "day"), closure.reason());
        return Response.status(Response.Status.CREATED).entity(new ClosureView(created.day(), created.reason())).build();
    }

    private static LocalPeriod period(String from, String to) {
        LocalTime start = required(Times.clock(from, "from"), "from");
        LocalTime end = required(Times.clock(to, "to"), "to");
        if (!start.isBefore(end)) {
            throw new InvalidInput("valid-until-before-from");
        }
        return new LocalPeriod(start, end);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInput("field-missing", field);
        }
        return value;
    }

    private static AbsenceKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? AbsenceKind.OTHER : AbsenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("bad-absence-kind");
        }
    }
}
