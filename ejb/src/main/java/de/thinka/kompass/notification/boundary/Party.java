package de.thinka.kompass.notification.boundary;

/**
 * Someone taking part in a {@link Meeting}: the organiser (the office) or an attendee.
 *
 * @param name     shown name, e.g. "Jürgen Müller"
 * @param email    mail address, used as the calendar address ({@code mailto:})
 * @param role     iCalendar ROLE such as {@code REQ-PARTICIPANT}; may be null (the organiser has none)
 * @param partstat iCalendar PARTSTAT such as {@code NEEDS-ACTION} or {@code ACCEPTED}; may be null
 * @param rsvp     whether an answer is asked for
 */
public record Party(String name, String email, String role, String partstat, boolean rsvp) {

    public Party {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a party needs a mail address");
        }
    }

    /** The organiser of a meeting: a name and an address, nothing else. */
    public static Party organizer(String name, String email) {
        return new Party(name, email, null, null, false);
    }

    /** A required attendee who has not answered yet and is asked to. */
    public static Party invitee(String name, String email) {
        return new Party(name, email, "REQ-PARTICIPANT", "NEEDS-ACTION", true);
    }
}
