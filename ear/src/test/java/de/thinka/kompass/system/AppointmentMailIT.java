package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's mails through a real SMTP server (GreenMail): confirmation with an iCalendar REQUEST,
 * the update after a reschedule (same UID, SEQUENCE + 1), the CANCEL, and the reminder exactly once.
 * The test domains make reminders due at once and run the jobs every two seconds (system-tests.asadmin).
 */
class AppointmentMailIT {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    @BeforeAll
    static void serverAndMailboxReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
        Mailbox.open();
    }

    static Predicate<MimeMessage> calendarWith(String... parts) {
        return message -> Mailbox.calendarPart(message).isPresent()
                && List.of(parts).stream().allMatch(Mailbox.calendarText(message)::contains);
    }

    static Predicate<MimeMessage> subjectStarting(String start) {
        return message -> Mailbox.subject(message).startsWith(start);
    }

    /** A property of the VEVENT (not of the VTIMEZONE before it), unfolded. */
    static String property(String calendar, String name) {
        String event = calendar.replace("\r\n ", "").substring(calendar.replace("\r\n ", "").indexOf("BEGIN:VEVENT"));
        Matcher matcher = Pattern.compile("(?m)^" + name + "[:;](.*)$").matcher(event);
        assertTrue(matcher.find(), name + " in " + calendar);
        return matcher.group(1).strip();
    }

    @Test
    void bookingSendsAnInvitationMovingUpdatesItCancellingCancelsIt() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("ilmenau", "behoerden-alltag", 0);
        HttpResponse<String> booked = citizen.book(citizen.booking("ilmenau", "behoerden-alltag", slot.getString("start"))
                .add("name", "Jürgen Müller"));
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject booking = Kompass.object(booked);
        String token = booking.getString("manageToken");

        MimeMessage confirmation = Mailbox.awaitMessagesTo(citizen.email, calendarWith("METHOD:REQUEST", "SEQUENCE:0"), 1, DEADLINE).get(0);
        ContentType type = Mailbox.contentType(Mailbox.calendarPart(confirmation).orElseThrow());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals("REQUEST", type.getParameter("method"));
        assertEquals("UTF-8", type.getParameter("charset").toUpperCase());
        String subject = Mailbox.subject(confirmation);
        assertTrue(subject.startsWith("Ihr Termin bei KOMPASS Ilmenau"), subject);
        String text = Mailbox.plainText(confirmation);
        assertTrue(text.contains("Guten Tag Jürgen Müller"), text);
        assertTrue(text.contains(booking.getString("reference")), text);
        assertTrue(text.contains("/b/" + token), "manage link in the mail");
        assertFalse((subject + text).contains("Behörde") || (subject + text).contains("Überforderung"), "discreet: no concern");

        String calendar = Mailbox.calendarText(confirmation);
        String uid = property(calendar, "UID");
        assertTrue(calendar.contains("BEGIN:VTIMEZONE") && calendar.contains("TZID:Europe/Berlin"), calendar);
        assertTrue(property(calendar, "DTSTART").startsWith("TZID=Europe/Berlin:"), calendar);
        assertTrue(property(calendar, "ORGANIZER").endsWith("mailto:kompass-ilmenau@thinka-ilm-kreis.de"), calendar);
        assertTrue(property(calendar, "ATTENDEE").endsWith("mailto:" + citizen.email), calendar);
        assertTrue(calendar.contains("Lindenstraße 23"), "umlauts survive in LOCATION");

        String other = Citizen.slots("ilmenau", "behoerden-alltag").stream().map(s -> s.getString("start"))
                .filter(start -> !start.equals(slot.getString("start"))).findFirst().orElseThrow();
        assertEquals(200, citizen.post("/api/bookings/" + token + "/reschedule", "{\"start\":\"" + other + "\"}").statusCode());
        MimeMessage update = Mailbox.awaitMessagesTo(citizen.email, calendarWith("METHOD:REQUEST", "SEQUENCE:1"), 1, DEADLINE).get(0);
        assertEquals(uid, property(Mailbox.calendarText(update), "UID"), "the same calendar entry is updated");
        assertTrue(Mailbox.subject(update).contains("verschoben"), Mailbox.subject(update));

        assertEquals(200, citizen.post("/api/bookings/" + token + "/cancel", "").statusCode());
        MimeMessage cancel = Mailbox.awaitMessagesTo(citizen.email, calendarWith("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED"), 1, DEADLINE).get(0);
        assertEquals(uid, property(Mailbox.calendarText(cancel), "UID"));
        assertEquals("CANCEL", Mailbox.contentType(Mailbox.calendarPart(cancel).orElseThrow()).getParameter("method"));
    }

    @Test
    void theReminderComesExactlyOnceInTheBookingsLanguage() {
        Citizen first = new Citizen();
        JsonObject slot = Citizen.someSlot("arnstadt", "motivation", 0);
        assertEquals(201, first.book(first.booking("arnstadt", "motivation", slot.getString("start")).add("language", "en")).statusCode());
        MimeMessage reminder = Mailbox.awaitMessagesTo(first.email, subjectStarting("Reminder of your appointment"), 1, DEADLINE).get(0);
        assertTrue(Mailbox.calendarPart(reminder).isEmpty(), "a reminder changes no calendar");
        assertTrue(Mailbox.plainText(reminder).startsWith("Hello Sonnenblume"));

        // a later booking's reminder proves the reminder job has run again since the first reminder
        Citizen second = new Citizen();
        JsonObject later = Citizen.someSlot("arnstadt", "motivation", 0);
        assertEquals(201, second.book(second.booking("arnstadt", "motivation", later.getString("start"))).statusCode());
        Mailbox.awaitMessagesTo(second.email, subjectStarting("Erinnerung an Ihren Termin"), 1, DEADLINE);
        Mailbox.awaitMessagesTo(second.email, subjectStarting("Erinnerung an Ihren Termin"), 1, DEADLINE);
        long reminders = Mailbox.messagesTo(first.email).stream().filter(subjectStarting("Reminder")).count();
        assertEquals(1, reminders, "exactly one reminder");
        assertEquals(1, Mailbox.messagesTo(first.email).stream().filter(subjectStarting("Your appointment at")).count(),
                "exactly one confirmation");
    }
}
