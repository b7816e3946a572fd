package de.thinka.kompass.queue.control;

import de.thinka.kompass.queue.entity.Priority;
import de.thinka.kompass.queue.entity.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Urgent first, then the time that counts: arrival, or appointment time for checked-in appointments. */
class QueueOrderTest {

    private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static Ticket walkIn(int number, int minutesAfterNine, Priority priority) {
        return Ticket.walkIn("arnstadt", DAY, number, "A", "t" + number, null, null, priority,
                NINE.plusSeconds(60L * minutesAfterNine));
    }

    @Test
    void urgentFirstThenArrivalAndAppointmentsByTheirTime() {
        Ticket early = walkIn(1, 0, Priority.NORMAL);
        Ticket assistance = walkIn(2, 5, Priority.ASSISTANCE);
        Ticket urgent = walkIn(3, 20, Priority.URGENT);
        Ticket appointment = Ticket.checkIn("arnstadt", DAY, 4, "A", "t4", null, null, NINE.plusSeconds(120),
                NINE.plusSeconds(60L * 25));
        Ticket called = walkIn(5, 1, Priority.URGENT);
        called.call("raum-1", "x", NINE.plusSeconds(3000));

        assertEquals(List.of(urgent, early, appointment, assistance),
                QueueOrder.waiting(List.of(early, assistance, urgent, appointment, called)));
    }
}
