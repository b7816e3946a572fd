package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.Party;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

import static de.thinka.kompass.notification.control.MeetingExamples.CITIZEN;
import static de.thinka.kompass.notification.control.MeetingExamples.OFFICE;
import static de.thinka.kompass.notification.control.MeetingExamples.cancellation;
import static de.thinka.kompass.notification.control.MeetingExamples.invitation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationsTest {

    @Test
    void invitationCarriesMethodUidSequenceAndCalendarHeader() {
        Calendar calendar = parse(Invitations.render(invitation("2026-01-12T10:00", 45)));

        assertEquals("REQUEST", value(calendar, Property.METHOD));
        assertEquals(Invitations.PRODUCT, value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("GREGORIAN", value(calendar, Property.CALSCALE));
        VEvent event = event(calendar);
        assertEquals("appointment-42@kompass.example", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("20260105T080000Z", value(event, Property.DTSTAMP));
    }

    @Test
    void winterTimeIsOneHourAheadOfUtc() {
        VEvent event = event(parse(Invitations.render(invitation("2026-01-12T10:00", 45))));

        assertStartsAt(event, "20260112T100000", Instant.parse("2026-01-12T09:00:00Z"));
        assertEquals(Instant.parse("2026-01-12T09:45:00Z"), instant(event.getRequiredProperty(Property.DTEND)));
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        VEvent event = event(parse(Invitations.render(invitation("2026-03-30T10:00", 30))));

        assertStartsAt(event, "20260330T100000", Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void appointmentOnTheDaySummerTimeEndsKeepsItsLocalTime() {
        // 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET; a 10:00 talk is already in winter time
        VEvent event = event(parse(Invitations.render(invitation("2026-10-25T10:00", 60))));

        assertStartsAt(event, "20261025T100000", Instant.parse("2026-10-25T09:00:00Z"));
        assertEquals(Instant.parse("2026-10-25T10:00:00Z"), instant(event.getRequiredProperty(Property.DTEND)));
    }

    @Test
    void appointmentAcrossTheSwitchLastsItsRealDuration() {
        // 01:30 CEST to 02:30 CET is two real hours; the end must not collapse to one
        String text = Invitations.render(invitation("2026-10-25T01:30", 120));
        VEvent event = event(parse(text));

        assertTrue(text.contains("DTEND:20261025T013000Z"), "second 02:30 of the night is written in UTC");
        assertEquals(Instant.parse("2026-10-24T23:30:00Z"), instant(event.getRequiredProperty(Property.DTSTART)));
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), instant(event.getRequiredProperty(Property.DTEND)));
    }

    @Test
    void berlinTimeZoneIsIncluded() {
        Calendar calendar = parse(Invitations.render(invitation("2026-01-12T10:00", 45)));

        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Berlin", value(zones.get(0), Property.TZID));
        assertFalse(zones.get(0).getObservances().isEmpty());
    }

    @Test
    void timeZoneCarriesTheRulesInForceNotTheZonesHistory() {
        VTimeZone zone = parse(Invitations.render(invitation("2026-07-06T10:00", 45)))
                .<VTimeZone>getComponent(VTimeZone.VTIMEZONE).orElseThrow();

        assertEquals(List.of("DAYLIGHT", "STANDARD"), zone.getObservances().stream().map(o -> o.getName()).sorted().toList());
        assertEquals("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", rule(zone, "DAYLIGHT"));
        assertEquals("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", rule(zone, "STANDARD"));
        // its own rules, not the JDK's: +02:00 in July, +01:00 in January
        assertEquals("+0200", zone.getApplicableObservance(Instant.parse("2026-07-06T08:00:00Z"))
                .getRequiredProperty(Property.TZOFFSETTO).getValue());
        assertEquals("+0100", zone.getApplicableObservance(Instant.parse("2027-01-11T09:00:00Z"))
                .getRequiredProperty(Property.TZOFFSETTO).getValue());
    }

    private static String rule(VTimeZone zone, String observance) {
        return zone.getObservances().stream().filter(o -> o.getName().equals(observance)).findFirst().orElseThrow()
                .getRequiredProperty(Property.RRULE).getValue();
    }

    @Test
    void organizerAndAttendeeWithTheirParameters() {
        String text = Invitations.render(invitation("2026-01-12T10:00", 45));
        VEvent event = event(parse(text));

        Property organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertEquals("mailto:arnstadt@kompass.example", organizer.getValue());
        assertEquals("KOMPASS Arnstadt", parameter(organizer, Parameter.CN));
        Property attendee = event.getRequiredProperty(Property.ATTENDEE);
        assertEquals("mailto:juergen.mueller@example.org", attendee.getValue());
        assertEquals("Jürgen Müller", parameter(attendee, Parameter.CN));
        assertEquals("REQ-PARTICIPANT", parameter(attendee, Parameter.ROLE));
        assertEquals("NEEDS-ACTION", parameter(attendee, Parameter.PARTSTAT));
        assertEquals("TRUE", parameter(attendee, Parameter.RSVP));
    }

    @Test
    void umlautsSurviveInUtf8() {
        String text = Invitations.render(invitation("2026-01-12T10:00", 45));
        VEvent event = event(parse(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));

        assertEquals("Ritterstraße 14\\, Arnstadt", unfolded(text).lines()
                .filter(line -> line.startsWith("LOCATION:")).findFirst().orElseThrow().substring(9));
        assertEquals("Ritterstraße 14, Arnstadt", value(event, Property.LOCATION));
        assertTrue(text.contains("CN=\"Jürgen Müller\""), text);
    }

    @Test
    void cancellationKeepsTheUidAndRaisesTheSequence() {
        Calendar calendar = parse(Invitations.render(cancellation("2026-01-12T10:00", 1)));

        assertEquals("CANCEL", value(calendar, Property.METHOD));
        VEvent event = event(calendar);
        assertEquals("appointment-42@kompass.example", value(event, Property.UID));
        assertEquals("1", value(event, Property.SEQUENCE));
        assertEquals("CANCELLED", value(event, Property.STATUS));
    }

    @Test
    void statusFollowsTheMethodWhenNotGiven() {
        Meeting cancel = cancellation("2026-01-12T10:00", 2);
        Meeting withoutStatus = new Meeting(cancel.method(), cancel.uid(), cancel.sequence(), cancel.stamp(),
                cancel.start(), cancel.end(), cancel.summary(), null, null, cancel.organizer(), cancel.attendees(), null);

        assertEquals("CANCELLED", value(event(parse(Invitations.render(withoutStatus))), Property.STATUS));
    }

    @Test
    void longDescriptionIsFoldedAtSeventyFiveOctets() {
        Meeting base = invitation("2026-01-12T10:00", 45);
        String longText = "Für das Gespräch über Ihre Wohnungssuche bringen Sie bitte folgende Unterlagen mit: "
                .repeat(6) + "Schöne Grüße aus Arnstadt.";
        Meeting meeting = new Meeting(base.method(), base.uid(), base.sequence(), base.stamp(), base.start(),
                base.end(), base.summary(), longText, base.location(), base.organizer(), base.attendees(), null);

        String text = Invitations.render(meeting);

        assertTrue(text.lines().anyMatch(line -> line.startsWith(" ")), "some line is folded");
        text.lines().forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line));
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        assertEquals(longText, value(event(parse(text)), Property.DESCRIPTION));
    }

    /**
     * iCal4j's validator is run here rather than on every mail: what it checks (required and unique properties,
     * the iTIP rules of REQUEST and CANCEL) follows from the shape, which {@link Meeting} fixes. So every shape
     * the application writes is checked, after a round trip through the text.
     */
    @Test
    void everyShapeOfMeetingIsAValidITipMessage() {
        Meeting base = invitation("2026-01-12T10:00", 45);
        Party partner = Party.invitee("Beratungsstelle Süd", "team@partner.example");
        List<List<Party>> attendeeLists = List.of(List.of(CITIZEN), List.of(CITIZEN, partner));
        List<String> texts = Arrays.asList(null, "Bitte Unterlagen mitbringen; Ausweis, Briefe.");
        for (String method : List.of(Meeting.REQUEST, Meeting.CANCEL)) {
            for (String status : Arrays.asList(null, "CONFIRMED", "TENTATIVE", "CANCELLED")) {
                for (List<Party> attendees : attendeeLists) {
                    for (String text : texts) {
                        Meeting meeting = new Meeting(method, base.uid(), 3, base.stamp(), base.start(), base.end(),
                                base.summary(), text, text == null ? null : base.location(), OFFICE, attendees, status);
                        ValidationResult result = parse(Invitations.render(meeting)).validate();
                        assertFalse(result.hasErrors(), method + "/" + status + "/" + attendees.size() + "/" + text + ": " + result);
                    }
                }
            }
        }
    }

    @Test
    void meetingThatEndsBeforeItStartsIsRefused() {
        Meeting ok = invitation("2026-01-12T10:00", 45);
        assertThrows(IllegalArgumentException.class, () -> new Meeting(ok.method(), ok.uid(), 0, ok.stamp(),
                ok.end(), ok.start(), ok.summary(), null, null, ok.organizer(), ok.attendees(), null));
        assertThrows(IllegalArgumentException.class, () -> new Meeting("PUBLISH", ok.uid(), 0, ok.stamp(),
                ok.start(), ok.end(), ok.summary(), null, null, ok.organizer(), ok.attendees(), null));
    }

    // --- reading the result back ------------------------------------------------------------------------

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not parseable: " + text, e);
        }
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getRequiredProperty(name).getValue();
    }

    private static String value(net.fortuna.ical4j.model.Component component, String name) {
        return component.getRequiredProperty(name).getValue();
    }

    private static String parameter(Property property, String name) {
        return property.getRequiredParameter(name).getValue();
    }

    private static void assertStartsAt(VEvent event, String local, Instant utc) {
        Property start = event.getRequiredProperty(Property.DTSTART);
        assertEquals("Europe/Berlin", parameter(start, Parameter.TZID));
        assertEquals(local, start.getValue());
        assertEquals(utc, instant(start));
    }

    /** Parsed date-times carry a synthetic zone id; only the instant is comparable. */
    private static Instant instant(Property property) {
        Temporal date = ((DateProperty<?>) property).getDate();
        return Instant.from(date);
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }
}
