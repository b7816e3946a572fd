package de.thinka.kompass.appointment.api;

import de.thinka.kompass.platform.rest.PublicApi;
import de.thinka.kompass.appointment.boundary.SlotList;
import de.thinka.kompass.appointment.boundary.SlotSearch;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Free appointment times of an office for a concern. Public: start times and how many counsellors are free,
 * never who. With {@code scope=staff} (staff of the office): every concern, from now on, without lead time.
 */
@PublicApi
@Path("offices/{office}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

    public record SlotView(OffsetDateTime start, OffsetDateTime end, int counsellors) {
    }

    public record Slots(String office, String concern, String concernName, int durationMinutes, String timeZone,
                        LocalDate from, LocalDate to, List<SlotView> slots) {
    }

    @Inject
    SlotSearch search;

    @Inject
    ProblemTexts texts;

    @GET
    @Operation(summary = "Free start times (from/to: YYYY-MM-DD, default today … 8 weeks ahead)")
    public Slots slots(@PathParam("office") String office, @QueryParam("concern") String concern,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("scope") String scope) {
        LocalDate first = Times.day(from, "from");
        LocalDate last = Times.day(to, "to");
        SlotList list = "staff".equals(scope)
                ? search.forStaff(office, concern, first, last)
                : search.forCitizens(office, concern, first, last);
        return new Slots(list.office().id(), list.concern().id(), list.concern().name(texts.locale()),
                (int) list.concern().duration().toMinutes(), Times.BERLIN.getId(), list.from(), list.to(),
                list.slots().stream().map(slot -> new SlotView(Times.berlin(slot.start()), Times.berlin(slot.end()),
                        slot.counsellorCount())).toList());
    }
}
