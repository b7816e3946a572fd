package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.Party;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link Meeting} as an iCalendar object (RFC 5545, iTIP RFC 5546) that Outlook, Thunderbird and the
 * phone calendars accept: times in Europe/Berlin with the matching VTIMEZONE, long lines folded at 75 octets.
 */
public final class Invitations {

    public static final String PRODUCT = "-//ThINKA Ilm-Kreis//KOMPASS//DE";
    /** The offices' zone; the invitation names it so calendars show the local time across DST changes. */
    public static final String ZONE = "Europe/Berlin";

    /**
     * The zone's definition, read once: iCal4j's registry looks it up under a lock, on which simultaneous
     * confirmations queued in a booking storm. Components are only read when a calendar is written.
     */
    private static final VTimeZone BERLIN = zone();
    private static final Map<String, Method> METHODS = Map.of(
            Meeting.REQUEST, ImmutableMethod.REQUEST, Meeting.CANCEL, ImmutableMethod.CANCEL);
    private static final Map<String, Status> STATUSES = Map.of(
            "CONFIRMED", ImmutableStatus.VEVENT_CONFIRMED,
            "TENTATIVE", ImmutableStatus.VEVENT_TENTATIVE,
            "CANCELLED", ImmutableStatus.VEVENT_CANCELLED);

    private Invitations() {
    }

    /**
     * The zone's rules in force today, as Outlook and the phone calendars write them: iCal4j's definition carries
     * the zone's whole history back to 1893 (108 lines, 22 observances), which every invitation would repeat and
     * iCal4j would validate, two thirds of the time of writing one (2026-12-07). The observances still in force
     * are those that recur without end (for Berlin since 1981 and 1996); all times KOMPASS writes are later.
     */
    private static VTimeZone zone() {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone full = zones.getTimeZone(ZONE).getVTimeZone();
        List<Observance> inForce = full.getObservances().stream().filter(Invitations::recursWithoutEnd).toList();
        if (inForce.isEmpty()) {
            return full;
        }
        return new VTimeZone(new PropertyList(List.of(full.getRequiredProperty(Property.TZID))), new ComponentList<>(inForce));
    }

    private static boolean recursWithoutEnd(Observance observance) {
        Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
        return rule.isPresent() && rule.get().getRecur().getUntil() == null;
    }

    /**
     * The complete VCALENDAR text with CRLF line ends. Not validated here: what iCal4j's validator checks follows
     * from the shape {@link Meeting} fixes, and the unit tests validate every shape (InvitationsTest); run per
     * mail, validation was half the time of writing an invitation (2026-12-07).
     */
    public static String render(Meeting meeting) {
        return write(calendarOf(meeting));
    }

    /**
     * A subscribable calendar (METHOD:PUBLISH) with many events, e.g. a counsellor's feed. The meetings'
     * methods are ignored; cancelled ones keep STATUS:CANCELLED.
     */
    public static String publish(List<Meeting> meetings) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withComponent(BERLIN)
                .getFluentTarget();
        meetings.forEach(meeting -> calendar.add(eventOf(meeting)));
        return write(calendar);
    }

    private static String write(Calendar calendar) {
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
            return ContentLines.fold(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calendar calendarOf(Meeting meeting) {
        return new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(METHODS.get(meeting.method()))
                .withComponent(BERLIN)
                .withComponent(eventOf(meeting))
                .getFluentTarget();
    }

    private static VEvent eventOf(Meeting meeting) {
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.uid()));
        event.add(new Sequence(meeting.sequence()));
        event.add(new DtStamp(meeting.stamp()));
        event.add(inOfficeZone(new DtStart<>(dateTime(meeting.start()))));
        event.add(inOfficeZone(new DtEnd<>(dateTime(meeting.end()))));
        addText(event, new Summary(), meeting.summary());
        addText(event, new Description(), meeting.description());
        addText(event, new Location(), meeting.location());
        event.add(organizer(meeting.organizer()));
        meeting.attendees().forEach(attendee -> event.add(attendee(attendee)));
        event.add(status(meeting.status()));
        return event;
    }

    /**
     * Local time in Europe/Berlin. RFC 5545 reads a local time that occurs twice (the hour when summer time
     * ends) as its first occurrence, so the second occurrence can only be written in UTC.
     */
    static Temporal dateTime(Instant instant) {
        ZonedDateTime local = instant.atZone(ZoneId.of(ZONE));
        return local.withEarlierOffsetAtOverlap().toInstant().equals(instant) ? local : instant;
    }

    private static <P extends DateProperty<?>> P inOfficeZone(P property) {
        property.setTimeZoneRegistry(OfficeZoneRegistry.INSTANCE);
        return property;
    }

    private static void addText(VEvent event, Property property, String value) {
        if (value != null && !value.isBlank()) {
            property.setValue(value);
            event.add(property);
        }
    }

    private static Organizer organizer(Party party) {
        Organizer organizer = new Organizer(mailto(party));
        named(organizer, party);
        return organizer;
    }

    private static Attendee attendee(Party party) {
        Attendee attendee = new Attendee(mailto(party));
        named(attendee, party);
        if (party.role() != null) {
            attendee.add(new Role(party.role()));
        }
        if (party.partstat() != null) {
            attendee.add(new PartStat(party.partstat()));
        }
        if (party.rsvp()) {
            attendee.add(Rsvp.TRUE);
        }
        return attendee;
    }

    private static void named(Property property, Party party) {
        if (party.name() != null && !party.name().isBlank()) {
            property.add(new Cn(party.name()));
        }
    }

    private static URI mailto(Party party) {
        return URI.create("mailto:" + party.email().strip());
    }

    private static Status status(String status) {
        Status known = STATUSES.get(status);
        if (known == null) {
            throw new IllegalArgumentException("unknown event status " + status);
        }
        return known;
    }
}
