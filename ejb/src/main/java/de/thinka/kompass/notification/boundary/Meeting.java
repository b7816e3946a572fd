package de.thinka.kompass.notification.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An appointment as a calendar program sees it: one iCalendar VEVENT, sent as an invitation ({@code REQUEST})
 * or a cancellation ({@code CANCEL}). A change of an appointment keeps the {@code uid} and raises the
 * {@code sequence}, so calendars update their entry instead of adding a second one.
 *
 * @param method      {@code REQUEST} or {@code CANCEL}
 * @param uid         stable over the appointment's life, e.g. {@code appointment-42@kompass.thinka-ilm-kreis.de}
 * @param sequence    0 for the first invitation, one more for every change
 * @param stamp       when this version was made
 * @param start       begin; written in the offices' time zone Europe/Berlin
 * @param end         end, after {@code start}
 * @param status      {@code CONFIRMED}, {@code TENTATIVE} or {@code CANCELLED}; null means CONFIRMED for a
 *                    {@code REQUEST} and CANCELLED for a {@code CANCEL}
 */
public record Meeting(String method, String uid, int sequence, Instant stamp, Instant start, Instant end,
                      String summary, String description, String location, Party organizer,
                      List<Party> attendees, String status) {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    public Meeting {
        if (!REQUEST.equals(method) && !CANCEL.equals(method)) {
            throw new IllegalArgumentException("method must be REQUEST or CANCEL");
        }
        if (uid == null || uid.isBlank() || stamp == null || start == null || end == null || organizer == null) {
            throw new IllegalArgumentException("uid, stamp, start, end and organizer are required");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a meeting must end after it starts");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if (status == null) {
            status = REQUEST.equals(method) ? "CONFIRMED" : "CANCELLED";
        }
    }
}
