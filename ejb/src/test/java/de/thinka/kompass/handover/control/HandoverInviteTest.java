package de.thinka.kompass.handover.control;

import de.thinka.kompass.handover.control.HandoverInvite.Recipient;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.control.Invitations;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static de.thinka.kompass.handover.control.HandoverExamples.NOW;
import static de.thinka.kompass.handover.control.HandoverExamples.berlin;
import static de.thinka.kompass.handover.control.HandoverExamples.facts;
import static de.thinka.kompass.handover.control.HandoverExamples.handover;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoverInviteTest {

    static final Set<ConsentItem> NOTHING = EnumSet.noneOf(ConsentItem.class);
    static final Set<ConsentItem> EVERYTHING = EnumSet.allOf(ConsentItem.class);

    static HandoverInvite invite(Handover handover) {
        return new HandoverInvite(facts(handover), NOW);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    static String value(VEvent event, String name) {
        return event.getRequiredProperty(name).getValue();
    }

    @Test
    void requestCarriesEveryPropertyTheIssueAsksFor() throws Exception {
        Handover handover = handover("2026-03-10T10:00", 60, EnumSet.of(ConsentItem.NAME), true);
        handover.invite();
        String text = Invitations.render(invite(handover).meeting());
        Calendar calendar = parse(text);
        assertFalse(calendar.validate().hasErrors());

        assertEquals("REQUEST", calendar.getRequiredProperty(Property.METHOD).getValue());
        assertEquals("2.0", calendar.getRequiredProperty(Property.VERSION).getValue());
        assertEquals(Invitations.PRODUCT, calendar.getRequiredProperty(Property.PRODID).getValue());
        VEvent event = event(calendar);
        assertEquals("uebergabe-H-2026-0042-abcdefgh@kompass.thinka-ilm-kreis.de", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("20260302T080000Z", value(event, Property.DTSTAMP));
        Property start = event.getRequiredProperty(Property.DTSTART);
        assertEquals("Europe/Berlin", start.getRequiredParameter(Parameter.TZID).getValue());
        assertEquals("20260310T100000", start.getValue());
        assertEquals(Instant.parse("2026-03-10T09:00:00Z"), Instant.from(((DateProperty<?>) start).getDate()));
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"),
                Instant.from(((DateProperty<?>) event.getRequiredProperty(Property.DTEND)).getDate()));
        assertTrue(text.contains("TZID:Europe/Berlin") && text.contains("BEGIN:VTIMEZONE"));
        assertEquals("mailto:beratung-arnstadt@kompass.example", value(event, Property.ORGANIZER));
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(1, attendees.size(), "no client without e-mail consent");
        Property partner = attendees.get(0);
        assertEquals("mailto:j.koehler@schuldnerberatung.example", partner.getValue());
        assertEquals("REQ-PARTICIPANT", partner.getRequiredParameter(Parameter.ROLE).getValue());
        assertEquals("NEEDS-ACTION", partner.getRequiredParameter(Parameter.PARTSTAT).getValue());
        assertEquals("TRUE", partner.getRequiredParameter(Parameter.RSVP).getValue());
        assertEquals("Frau Jana Köhler", partner.getRequiredParameter(Parameter.CN).getValue());
        assertTrue(value(event, Property.LOCATION).startsWith("Schuldner- und Insolvenzberatung Ilm-Kreis, Bahnhofstraße 8"));
        assertEquals("Übergabe H-2026-0042\nName: Jürgen Müller", value(event, Property.DESCRIPTION));
    }

    @Test
    void discreetByDefaultTheSummaryAndSubjectAreNeutral() {
        HandoverInvite invite = invite(handover("2026-03-10T10:00", 60, EVERYTHING, true));
        assertEquals("Termin – Übergabe H-2026-0042", invite.summary());
        assertEquals("Termin – Übergabe H-2026-0042", invite.subject(Recipient.PARTNER));
        assertEquals("Termin – Übergabe H-2026-0042 (Ihre Kopie)", invite.subject(Recipient.ORGANIZER));
    }

    @Test
    void withoutDiscretionTheSummaryNamesTheConsentedConcernAndTheOffice() {
        assertEquals("Übergabe H-2026-0042 – Ver-/Überschuldung – KOMPASS Arnstadt",
                invite(handover("2026-03-10T10:00", 60, EVERYTHING, false)).summary());
        assertEquals("Übergabe H-2026-0042 – KOMPASS Arnstadt",
                invite(handover("2026-03-10T10:00", 60, NOTHING, false)).summary(), "no concern without consent");
    }

    @Test
    void withoutConsentNoItemAppearsAnywhere() {
        Handover handover = handover("2026-03-10T10:00", 60, NOTHING, false);
        handover.invite();
        HandoverInvite invite = invite(handover);
        String everything = Invitations.render(invite.meeting()) + invite.subject(Recipient.PARTNER)
                + invite.plain(Recipient.PARTNER, "https://kompass.example/u/x") + invite.html(Recipient.PARTNER, "x")
                + invite.plain(Recipient.ORGANIZER, null);
        for (String item : List.of("Jürgen", "Müller", "0176", "juergen@example.org", "Mahnbescheid", "Überschuldung")) {
            assertFalse(everything.contains(item), item);
        }
    }

    @Test
    void eachItemAppearsOnlyWithItsOwnConsent() {
        for (ConsentItem item : ConsentItem.values()) {
            HandoverInvite invite = invite(handover("2026-03-10T10:00", 60, EnumSet.of(item), true));
            String description = invite.description();
            assertEquals(item == ConsentItem.NAME, description.contains("Jürgen Müller"), item + ": " + description);
            assertEquals(item == ConsentItem.PHONE, description.contains("0176 5550123"), item + ": " + description);
            assertEquals(item == ConsentItem.EMAIL, description.contains("juergen@example.org"), item + ": " + description);
            assertEquals(item == ConsentItem.CONCERN, description.contains("Ver-/Überschuldung"), item + ": " + description);
            assertEquals(item == ConsentItem.NOTE, description.contains("Mahnbescheid"), item + ": " + description);
            assertEquals(item == ConsentItem.EMAIL, invite.meeting().attendees().size() == 2, item + " and the client as attendee");
        }
    }

    @Test
    void expiredConsentSharesNothing() {
        Handover handover = handover("2026-03-10T10:00", 60, EVERYTHING, true);
        HandoverInvite later = new HandoverInvite(facts(handover), Instant.parse("2027-01-01T10:00:00Z"));
        assertEquals("Übergabe H-2026-0042", later.description());
        assertFalse(later.clientInvited());
    }

    @Test
    void theClientIsAnAttendeeWithConsentAndNamedOnlyWithNameConsent() throws Exception {
        Handover handover = handover("2026-03-10T10:00", 60, EnumSet.of(ConsentItem.EMAIL), true);
        VEvent event = event(parse(Invitations.render(invite(handover).meeting())));
        Property client = event.<Property>getProperties(Property.ATTENDEE).get(1);
        assertEquals("mailto:juergen@example.org", client.getValue());
        assertTrue(client.getParameter(Parameter.CN).isEmpty(), "no name without name consent");
    }

    @Test
    void rescheduleKeepsTheUidAndRaisesTheSequenceWithinDaylightSavingTime() throws Exception {
        Handover handover = handover("2026-03-27T10:00", 60, NOTHING, true);
        handover.invite();
        // across the switch to summer time on 29 March 2026: 10:00 stays 10:00 local
        handover.reschedule(berlin("2026-03-30T10:00"), berlin("2026-03-30T11:30"), null);
        HandoverInvite invite = invite(handover);
        VEvent event = event(parse(Invitations.render(invite.meeting())));
        assertEquals("uebergabe-H-2026-0042-abcdefgh@kompass.thinka-ilm-kreis.de", value(event, Property.UID));
        assertEquals("1", value(event, Property.SEQUENCE));
        assertEquals("20260330T100000", value(event, Property.DTSTART));
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                Instant.from(((DateProperty<?>) event.getRequiredProperty(Property.DTSTART)).getDate()));
        assertEquals("20260330T113000", value(event, Property.DTEND));
        assertTrue(invite.subject(Recipient.PARTNER).startsWith("Geändert: "));
    }

    @Test
    void withdrawalIsACancelWithTheNextSequence() throws Exception {
        Handover handover = handover("2026-03-10T10:00", 60, NOTHING, true);
        handover.invite();
        handover.withdraw();
        HandoverInvite invite = invite(handover);
        assertEquals(Meeting.CANCEL, invite.method());
        Calendar calendar = parse(Invitations.render(invite.meeting()));
        assertEquals("CANCEL", calendar.getRequiredProperty(Property.METHOD).getValue());
        VEvent event = event(calendar);
        assertEquals("1", value(event, Property.SEQUENCE));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertTrue(invite.subject(Recipient.PARTNER).startsWith("Abgesagt: "));
        assertFalse(invite.plain(Recipient.PARTNER, "https://x/u/t").contains("Zusagen"), "no answer links on a cancel");
    }

    @Test
    void longLinesWithUmlautsAreFoldedAtSeventyFiveOctets() throws Exception {
        Handover handover = handover("2026-03-10T10:00", 60, EnumSet.of(ConsentItem.NOTE), true);
        String text = Invitations.render(invite(handover).meeting());
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(text.contains("\r\n "), "something was folded");
        assertEquals("Frau Jana Köhler", event(parse(text)).<Property>getProperties(Property.ATTENDEE).get(0)
                .getRequiredParameter(Parameter.CN).getValue());
    }

    @Test
    void thePartnersMailCarriesAnswerLinksTheOthersDoNot() {
        HandoverInvite invite = invite(handover("2026-03-10T10:00", 60, NOTHING, true));
        String partner = invite.plain(Recipient.PARTNER, "https://kompass.example/u/abc");
        assertTrue(partner.contains("https://kompass.example/u/abc?antwort=zusagen"), partner);
        assertTrue(partner.contains("https://kompass.example/u/abc?antwort=absagen"), partner);
        assertTrue(partner.contains("Dienstag, 10. März 2026, 10:00–11:00 Uhr"), partner);
        assertFalse(invite.plain(Recipient.ORGANIZER, null).contains("antwort="));
        assertTrue(invite.html(Recipient.PARTNER, "https://kompass.example/u/abc").contains("?antwort=zusagen\">Zusagen</a>"));
    }
}
