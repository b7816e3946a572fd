package de.thinka.kompass.handover.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItipMessagesTest {

    static String calendar(String method, String... eventLines) {
        return "BEGIN:VCALENDAR\r\nPRODID:-//Test//DE\r\nVERSION:2.0\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\n"
                + String.join("\r\n", eventLines) + "\r\nDTSTAMP:20260301T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void replyWithAcceptedPartstat() {
        ItipMessage reply = ItipMessages.parse(calendar("REPLY", "UID:uebergabe-1@k", "SEQUENCE:2",
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Jana Köhler:MAILTO:j.koehler@partner.example")).orElseThrow();
        assertTrue(reply.isReply());
        assertEquals("uebergabe-1@k", reply.uid());
        assertEquals(2, reply.sequence());
        assertEquals("ACCEPTED", reply.partstat());
        assertEquals("j.koehler@partner.example", reply.attendeeEmail());
    }

    @Test
    void declinedWithoutSequenceCountsAsZero() {
        ItipMessage reply = ItipMessages.parse(calendar("REPLY", "UID:u",
                "ATTENDEE;PARTSTAT=DECLINED:mailto:a@b.example")).orElseThrow();
        assertEquals(0, reply.sequence());
        assertEquals("DECLINED", reply.partstat());
    }

    @Test
    void counterProposesATimeInBerlin() {
        ItipMessage counter = ItipMessages.parse(calendar("COUNTER", "UID:u", "SEQUENCE:0",
                "DTSTART;TZID=Europe/Berlin:20260715T090000", "DTEND;TZID=Europe/Berlin:20260715T100000",
                "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:a@b.example")).orElseThrow();
        assertTrue(counter.isCounter());
        assertEquals(Instant.parse("2026-07-15T07:00:00Z"), counter.start());
        assertEquals(Instant.parse("2026-07-15T08:00:00Z"), counter.end());
    }

    @Test
    void invitationsAndGarbageAreIgnored() {
        assertTrue(ItipMessages.parse(calendar("REQUEST", "UID:u", "ATTENDEE:mailto:a@b.example")).isEmpty());
        assertTrue(ItipMessages.parse("Hallo, ich komme gern.").isEmpty());
        assertTrue(ItipMessages.parse(calendar("REPLY", "UID:u")).isEmpty(), "no attendee");
    }
}
