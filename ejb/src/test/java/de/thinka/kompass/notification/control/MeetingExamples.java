package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.Party;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Appointments for the tests, written in the offices' local time. */
final class MeetingExamples {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Party OFFICE = Party.organizer("KOMPASS Arnstadt", "arnstadt@kompass.example");
    static final Party CITIZEN = Party.invitee("Jürgen Müller", "juergen.mueller@example.org");

    private MeetingExamples() {
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Meeting invitation(String localStart, int minutes) {
        Instant start = berlin(localStart);
        return new Meeting(Meeting.REQUEST, "appointment-42@kompass.example", 0, Instant.parse("2026-01-05T08:00:00Z"),
                start, start.plusSeconds(60L * minutes), "Beratungstermin KOMPASS",
                "Bitte bringen Sie Ihren Ausweis und die Unterlagen zur Wohnungssuche mit.",
                "Ritterstraße 14, Arnstadt", OFFICE, List.of(CITIZEN), "CONFIRMED");
    }

    static Meeting cancellation(String localStart, int sequence) {
        Meeting invitation = invitation(localStart, 45);
        return new Meeting(Meeting.CANCEL, invitation.uid(), sequence, invitation.stamp().plusSeconds(3600),
                invitation.start(), invitation.end(), "Abgesagt: Beratungstermin KOMPASS", null,
                invitation.location(), OFFICE, List.of(CITIZEN), "CANCELLED");
    }
}
