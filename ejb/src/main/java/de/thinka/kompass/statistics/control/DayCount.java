package de.thinka.kompass.statistics.control;

import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.statistics.entity.ContactOutcome;

import java.time.LocalDate;

/** One row of the database's count: contacts of an office on a day with the same source, outcome and first-contact mark. */
public record DayCount(String office, LocalDate day, TicketSource source, ContactOutcome outcome, boolean firstContact,
                      long contacts) {
}
