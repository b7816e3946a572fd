package de.thinka.kompass.statistics.boundary;

import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.statistics.entity.ContactOutcome;

import java.io.Serializable;

/**
 * A contact's fact was written. Fired inside that transaction; the metrics observe it after commit, so their
 * distributions count exactly what the statistics count.
 */
public record ContactRecorded(String office, TicketSource source, ContactOutcome outcome, Integer waitSeconds,
                              Integer serviceSeconds) implements Serializable {
}
