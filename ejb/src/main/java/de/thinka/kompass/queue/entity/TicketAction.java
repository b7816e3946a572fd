package de.thinka.kompass.queue.entity;

import java.util.Arrays;
import java.util.Optional;

/** What staff can do with a ticket; the names are the URL segments of POST /api/tickets/{id}/{action}. */
public enum TicketAction {
    CALL("call"), RECALL("recall"), START("start"), FINISH("finish"), NO_SHOW("no-show"), REQUEUE("requeue"),
    TRANSFER("transfer"), LEAVE("leave"), HAND_OVER("hand-over");

    private final String slug;

    TicketAction(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<TicketAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug.equals(slug)).findFirst();
    }
}
