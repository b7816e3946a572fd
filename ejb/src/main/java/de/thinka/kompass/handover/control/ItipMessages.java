package de.thinka.kompass.handover.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads iTIP answers (REPLY, COUNTER) out of iCalendar text. Anything else, or text that is no calendar,
 * gives empty: mail in the reply mailbox comes from outside and must never break the reader.
 */
public final class ItipMessages {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ItipMessages() {
    }

    public static Optional<ItipMessage> parse(String calendarText) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(calendarText));
        } catch (IOException | ParserException | RuntimeException notACalendar) {
            return Optional.empty();
        }
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue)
                .map(value -> value.toUpperCase(Locale.ROOT)).orElse("");
        if (!method.equals("REPLY") && !method.equals("COUNTER")) {
            return Optional.empty();
        }
        Optional<VEvent> found = calendar.<VEvent>getComponent(VEvent.VEVENT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VEvent event = found.get();
        Optional<String> uid = event.getProperty(Property.UID).map(Property::getValue);
        Optional<Property> attendee = event.getProperty(Property.ATTENDEE);
        if (uid.isEmpty() || attendee.isEmpty()) {
            return Optional.empty();
        }
        int sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(ItipMessages::number).orElse(0);
        String partstat = attendee.get().getParameter(Parameter.PARTSTAT).map(Parameter::getValue)
                .map(value -> value.toUpperCase(Locale.ROOT)).orElse("NEEDS-ACTION");
        String email = attendee.get().getValue().replaceFirst("(?i)^mailto:", "").strip();
        return Optional.of(new ItipMessage(method, uid.get(), sequence, email, partstat,
                instant(event.getProperty(Property.DTSTART)), instant(event.getProperty(Property.DTEND))));
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Parsed times carry iCal4j's own zone ids; only the instant is kept. Floating times count as Berlin. */
    private static Instant instant(Optional<Property> property) {
        if (property.isEmpty() || !(property.get() instanceof DateProperty<?> date) || date.getDate() == null) {
            return null;
        }
        Temporal value = date.getDate();
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(BERLIN).toInstant();
        }
        if (value instanceof LocalDate day) {
            return day.atStartOfDay(BERLIN).toInstant();
        }
        return null;
    }
}
