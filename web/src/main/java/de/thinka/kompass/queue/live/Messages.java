package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.api.TicketViews.PublicTicket;
import de.thinka.kompass.queue.api.TicketViews.StaffTicket;
import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.boundary.QueueSnapshot;
import de.thinka.kompass.queue.boundary.TicketFacts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The JSON messages of the live protocol (docs/websocket-protocol.md), per audience. */
public final class Messages {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Messages() {
    }

    @JsonbPropertyOrder({"type", "office", "seq", "waiting", "estimatedWaitMinutes", "tickets"})
    public record DisplaySnapshot(String type, String office, long seq, int waiting, int estimatedWaitMinutes,
                           List<PublicTicket> tickets) {
    }

    @JsonbPropertyOrder({"type", "office", "seq", "waiting", "estimatedWaitMinutes", "ticket"})
    public record DisplayEvent(String type, String office, long seq, int waiting, int estimatedWaitMinutes, PublicTicket ticket) {
    }

    @JsonbPropertyOrder({"type", "office", "seq", "waiting", "estimatedWaitMinutes", "tickets"})
    public record StaffSnapshot(String type, String office, long seq, int waiting, int estimatedWaitMinutes,
                         List<StaffTicket> tickets) {
    }

    @JsonbPropertyOrder({"type", "office", "seq", "waiting", "estimatedWaitMinutes", "ticket", "order"})
    public record StaffEvent(String type, String office, long seq, int waiting, int estimatedWaitMinutes, StaffTicket ticket,
                      List<Long> order) {
    }

    @JsonbPropertyOrder({"type", "office", "seq", "ticket"})
    public record TicketMessage(String type, String office, long seq, PublicTicket ticket) {
    }

    static String display(QueueSnapshot snapshot) {
        return JSONB.toJson(new DisplaySnapshot("snapshot", snapshot.office(), snapshot.seq(),
                snapshot.figures().waitingCount(), snapshot.figures().minutesForNext(),
                snapshot.tickets().stream().map(PublicTicket::of).toList()));
    }

    static String display(QueueChanged change) {
        return JSONB.toJson(new DisplayEvent(change.type(), change.office(), change.seq(),
                change.figures().waitingCount(), change.figures().minutesForNext(), PublicTicket.of(change.ticket())));
    }

    static String staff(QueueSnapshot snapshot) {
        return JSONB.toJson(new StaffSnapshot("snapshot", snapshot.office(), snapshot.seq(),
                snapshot.figures().waitingCount(), snapshot.figures().minutesForNext(),
                snapshot.tickets().stream().map(t -> StaffTicket.of(t, snapshot.figures())).toList()));
    }

    static String staff(QueueChanged change) {
        return JSONB.toJson(new StaffEvent(change.type(), change.office(), change.seq(),
                change.figures().waitingCount(), change.figures().minutesForNext(),
                StaffTicket.of(change.ticket(), change.figures()), change.figures().waitingOrder()));
    }

    static String ticket(String type, String office, long seq, TicketFacts ticket, int position, int minutes) {
        return JSONB.toJson(new TicketMessage(type, office, seq, PublicTicket.withPlace(ticket, position, minutes)));
    }
}
