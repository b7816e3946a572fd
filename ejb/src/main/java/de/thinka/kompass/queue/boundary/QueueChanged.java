package de.thinka.kompass.queue.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.Serializable;

/**
 * One change of an office's queue, fired inside the transaction and observed after it committed
 * ({@code @Observes(during = AFTER_SUCCESS)}). {@code seq} grows by exactly one per change of that office.
 *
 * @param type e.g. {@code ticket-issued}, {@code ticket-called}; see docs/websocket-protocol.md
 */
public record QueueChanged(String office, long seq, String type, TicketFacts ticket, QueueFigures figures)
        implements Serializable {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The form in which a change is stored ({@code queue_event}) and travels between the instances of a cluster. */
    public String toJson() {
        return JSON.toJson(this);
    }

    public static QueueChanged fromJson(String json) {
        return JSON.fromJson(json, QueueChanged.class);
    }
}
