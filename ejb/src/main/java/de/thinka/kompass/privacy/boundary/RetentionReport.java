package de.thinka.kompass.privacy.boundary;

/** What one retention run did, as counts only. */
public record RetentionReport(int tickets, int bookings, int handovers, int mails, int auditEntries) {

    public int total() {
        return tickets + bookings + handovers + mails + auditEntries;
    }
}
