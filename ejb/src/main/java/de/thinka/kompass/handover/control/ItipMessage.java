package de.thinka.kompass.handover.control;

import java.time.Instant;

/**
 * What a calendar program answered to an invitation (iTIP, RFC 5546): a REPLY with the attendee's PARTSTAT,
 * or a COUNTER proposing another time ({@code start}/{@code end}, else null).
 */
public record ItipMessage(String method, String uid, int sequence, String attendeeEmail, String partstat,
                          Instant start, Instant end) {

    public boolean isReply() {
        return "REPLY".equals(method);
    }

    public boolean isCounter() {
        return "COUNTER".equals(method);
    }
}
