package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.queue.entity.Priority;
import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.queue.entity.TicketState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A change is stored (queue_event) and travels between instances as JSON: it must come back the same. */
class QueueChangedJsonTest {

    @Test
    void aChangeSurvivesItsJsonForm() {
        TicketFacts ticket = new TicketFacts(51, "arnstadt", "A-017", TicketState.CALLED, Priority.URGENT,
                TicketSource.APPOINTMENT, "schulden", "Herr K.", "raum-2", "Raum 2", "berater1", 2,
                Instant.parse("2026-03-29T00:59:59Z"), Instant.parse("2026-03-29T01:00:01.123456Z"),
                "tok-123", List.of("schulden", "wohnen"), true);
        QueueChanged change = new QueueChanged("arnstadt", 41, "ticket-called", ticket,
                new QueueFigures(List.of(7L, 3L, 9_000_000_000L), 12.5, 2));

        QueueChanged back = QueueChanged.fromJson(change.toJson());

        assertEquals(change, back);
        assertEquals(2, back.figures().positionOf(3L));
    }

    @Test
    void nullableFieldsStayEmpty() {
        TicketFacts ticket = new TicketFacts(1, "ilmenau", "I-001", TicketState.WAITING, Priority.NORMAL,
                TicketSource.WALK_IN, null, null, null, null, null, 0, Instant.parse("2026-10-25T01:30:00Z"), null,
                "tok", List.of(), false);
        QueueChanged change = new QueueChanged("ilmenau", 1, "ticket-issued", ticket, new QueueFigures(List.of(1L), 0, 0));

        assertEquals(change, QueueChanged.fromJson(change.toJson()));
    }
}
