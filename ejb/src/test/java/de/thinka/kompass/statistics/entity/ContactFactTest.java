package de.thinka.kompass.statistics.entity;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.BookingChannel;
import de.thinka.kompass.appointment.entity.Contact;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.queue.entity.TicketSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a fact keeps of a contact: everything the report needs, nothing personal. */
class ContactFactTest {

    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Ticket ticket(String concern) {
        return Ticket.walkIn("arnstadt", LocalDate.of(2026, 11, 24), 5, "A", "t".repeat(32), concern, "Anna", null, NOW);
    }

    @Test
    void aFinishedTalkWithItsConcernsTimesAndFirstContactMark() {
        Ticket ticket = ticket("schulden");
        ticket.noteFirstContact();
        ticket.call("raum-1", "beratung", NOW.plusSeconds(300));
        ticket.start(NOW.plusSeconds(360));
        ticket.addConcern("gesundheit");
        ticket.finish(NOW.plusSeconds(360 + 2700));
        ContactFact fact = ContactFact.endOf(ticket, NOW.plusSeconds(3100));
        assertEquals("arnstadt", fact.officeId());
        assertEquals(LocalDate.of(2026, 11, 24), fact.contactDay());
        assertEquals(TicketSource.WALK_IN, fact.source());
        assertEquals(ContactOutcome.DONE, fact.outcome());
        assertTrue(fact.firstContact());
        assertEquals(Set.of("schulden", "gesundheit"), fact.concerns());
        assertEquals(Optional.of(300), fact.waitSeconds());
        assertEquals(Optional.of(2700), fact.serviceSeconds());
    }

    @Test
    void aVisitorWhoLeftWasNeverCalled() {
        Ticket ticket = ticket(null);
        ticket.leave(NOW.plusSeconds(600));
        ContactFact fact = ContactFact.endOf(ticket, NOW.plusSeconds(600));
        assertEquals(ContactOutcome.LEFT, fact.outcome());
        assertFalse(fact.outcome().served());
        assertEquals(Optional.empty(), fact.waitSeconds());
        assertEquals(Set.of(), fact.concerns());
    }

    @Test
    void anOpenTicketHasNoFactYet() {
        assertThrows(IllegalArgumentException.class, () -> ContactFact.endOf(ticket(null), NOW));
    }

    @Test
    void aMissedAppointmentCountsOnItsDayInBerlin() {
        Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");
        Appointment appointment = new Appointment("KQ7M-4X2P", "t".repeat(32), "ilmenau", "qualifikation", "anna",
                lateEvening, lateEvening.plusSeconds(3600), new Contact("Mia", "mia@example.org", null), "de",
                BookingChannel.ONLINE, null, NOW);
        appointment.markNoShow(lateEvening.plusSeconds(900));
        ContactFact fact = ContactFact.missed(appointment, BERLIN, lateEvening.plusSeconds(900));
        assertEquals(LocalDate.of(2026, 11, 25), fact.contactDay(), "00:30 in Berlin is the next day");
        assertEquals(TicketSource.APPOINTMENT, fact.source());
        assertEquals(ContactOutcome.NO_SHOW, fact.outcome());
        assertEquals(Set.of("qualifikation"), fact.concerns());
        assertEquals(Optional.empty(), fact.serviceSeconds());
    }
}
