package de.thinka.kompass.queue.entity;

import de.thinka.kompass.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ticket's guarded state machine, with a frozen clock. */
class TicketTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final Instant now = clock.instant();

    private Ticket waiting() {
        return Ticket.walkIn("arnstadt", LocalDate.now(clock), 17, "A", "t".repeat(32), null, "  Anna\u0007 ", null, now);
    }

    @Test
    void numberPseudonymAndDefaults() {
        Ticket ticket = waiting();
        assertEquals("A-017", ticket.number());
        assertEquals("Anna", ticket.pseudonym().orElseThrow());
        assertEquals(Priority.NORMAL, ticket.priority());
        assertEquals(TicketSource.WALK_IN, ticket.source());
        assertEquals(TicketState.WAITING, ticket.state());
        assertEquals("I-104", Ticket.formatNumber("I", 104));
    }

    @Test
    void fullTalkWithATimestampForEachStep() {
        Ticket ticket = waiting();
        ticket.call("raum-2", "beratung-arnstadt", now.plusSeconds(60));
        assertEquals(TicketState.CALLED, ticket.state());
        assertEquals(now.plusSeconds(60), ticket.calledAt().orElseThrow());
        ticket.start(now.plusSeconds(120));
        ticket.finish(now.plusSeconds(1920));
        assertEquals(TicketState.DONE, ticket.state());
        assertEquals(now.plusSeconds(120), ticket.startedAt().orElseThrow());
        assertEquals(now.plusSeconds(1920), ticket.finishedAt().orElseThrow());
    }

    @Test
    void recallUpToTheLimitThenOnlyNoShow() {
        Ticket ticket = waiting();
        ticket.call("raum-1", "x", now);
        ticket.recall(now, 3);
        ticket.recall(now, 3);
        assertEquals(3, ticket.callCount());
        assertThrows(TooManyCalls.class, () -> ticket.recall(now, 3));
        ticket.noShow(now);
        assertEquals(TicketState.NO_SHOW, ticket.state());
    }

    @Test
    void requeueKeepsThePlaceAndFreesTheDesk() {
        Ticket ticket = waiting();
        ticket.call("raum-1", "x", now.plusSeconds(300));
        ticket.requeue(now.plusSeconds(400));
        assertEquals(TicketState.WAITING, ticket.state());
        assertEquals(now, ticket.queuedAt());
        assertTrue(ticket.deskCode().isEmpty());
    }

    @Test
    void transferCallsTheVisitorToTheNewDesk() {
        Ticket ticket = waiting();
        ticket.call("raum-1", "a", now);
        ticket.start(now);
        ticket.transfer("raum-3", "b", now.plusSeconds(10));
        assertEquals(TicketState.CALLED, ticket.state());
        assertEquals("raum-3", ticket.deskCode().orElseThrow());
        assertEquals("b", ticket.counsellor().orElseThrow());
        assertThrows(IllegalTicketTransition.class, () -> waiting().transfer("raum-3", null, now));
    }

    @Test
    void illegalStepsAreRefusedAsConflicts() {
        Ticket ticket = waiting();
        IllegalTicketTransition refused = assertThrows(IllegalTicketTransition.class, () -> ticket.finish(now));
        assertEquals(BusinessException.Reason.CONFLICT, refused.reason());
        assertEquals("ticket-transition.finish", refused.messageKey());
        assertThrows(IllegalTicketTransition.class, () -> ticket.start(now));
        assertThrows(IllegalTicketTransition.class, () -> ticket.noShow(now));
        assertThrows(IllegalTicketTransition.class, () -> ticket.handOver(now));
        ticket.leave(now);
        assertThrows(IllegalTicketTransition.class, () -> ticket.call("raum-1", "x", now));
    }

    @ParameterizedTest
    @EnumSource(value = TicketState.class, names = {"WAITING", "CALLED"})
    void dayClosingMarksWaitingAndCalledAsLeft(TicketState state) {
        Ticket ticket = waiting();
        if (state == TicketState.CALLED) {
            ticket.call("raum-1", "x", now);
        }
        ticket.closeAtEndOfDay(now);
        assertEquals(TicketState.LEFT, ticket.state());
    }

    @Test
    void checkedInAppointmentCountsFromItsTime() {
        Instant appointment = now.minusSeconds(600);
        Ticket ticket = Ticket.checkIn("arnstadt", LocalDate.now(clock), 3, "A", "u".repeat(32), null, null, appointment, now);
        assertEquals(appointment, ticket.queuedAt());
        assertEquals(TicketSource.APPOINTMENT, ticket.source());
    }

    // --- facts for the statistics ---------------------------------------------------------------------------

    @Test
    void waitingTimeRunsToTheFirstCallAndServiceTimeFromTheFirstStart() {
        Ticket ticket = waiting();
        assertTrue(ticket.waitingTime().isEmpty());
        ticket.call("raum-1", "beratung", now.plusSeconds(600));
        ticket.recall(now.plusSeconds(700), 3);
        ticket.start(now.plusSeconds(720));
        ticket.transfer("raum-2", null, now.plusSeconds(900));
        ticket.start(now.plusSeconds(960));
        ticket.finish(now.plusSeconds(2520));
        assertEquals(Duration.ofMinutes(10), ticket.waitingTime().orElseThrow(), "recalls do not move the first call");
        assertEquals(Duration.ofSeconds(1800), ticket.serviceTime().orElseThrow(), "a transfer does not restart the talk");
    }

    @Test
    void aBookedVisitorWhoCameEarlyWaitsFromTheAppointmentTime() {
        Instant appointment = now.plusSeconds(1800);
        Ticket ticket = Ticket.checkIn("arnstadt", LocalDate.now(clock), 3, "A", "u".repeat(32), null, null, appointment, now);
        ticket.call("raum-1", "beratung", appointment.plusSeconds(120));
        assertEquals(Duration.ofMinutes(2), ticket.waitingTime().orElseThrow());
        Ticket early = Ticket.checkIn("arnstadt", LocalDate.now(clock), 4, "A", "v".repeat(32), null, null, appointment, now);
        early.call("raum-1", "beratung", now.plusSeconds(60));
        assertEquals(Duration.ZERO, early.waitingTime().orElseThrow(), "called before the appointment time: no wait");
    }

    @Test
    void furtherConcernsOnlyDuringTheTalkAndEachOnce() {
        Ticket ticket = Ticket.walkIn("arnstadt", LocalDate.now(clock), 18, "A", "w".repeat(32), "schulden", null, null, now);
        BusinessException early = assertThrows(BusinessException.class, () -> ticket.addConcern("gesundheit"));
        assertEquals("ticket-not-in-service", early.messageKey());
        ticket.call("raum-1", "beratung", now);
        ticket.start(now);
        assertTrue(ticket.addConcern("gesundheit"));
        assertFalse(ticket.addConcern("gesundheit"));
        assertFalse(ticket.addConcern("schulden"));
        assertTrue(ticket.addConcern("motivation"));
        assertEquals(List.of("schulden", "gesundheit", "motivation"), ticket.concerns());
    }

    @Test
    void theFirstConcernAddedBecomesTheTicketsConcern() {
        Ticket ticket = waiting();
        ticket.call("raum-1", "beratung", now);
        ticket.start(now);
        ticket.noteFirstContact();
        assertTrue(ticket.addConcern("schulden"));
        assertEquals("schulden", ticket.concernId().orElseThrow());
        assertTrue(ticket.firstContact());
        ticket.handOver(now.plusSeconds(300));
        assertEquals(Duration.ofMinutes(5), ticket.serviceTime().orElseThrow(), "a handover ends the talk");
    }
}
