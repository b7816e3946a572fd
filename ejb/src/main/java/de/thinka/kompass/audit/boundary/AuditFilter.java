package de.thinka.kompass.audit.boundary;

import java.time.LocalDate;

/**
 * What ADMIN looks for in the trail; null or blank means any. {@code action} matches the action itself and
 * its sub-actions ({@code ticket} finds {@code ticket.call}); days are inclusive, in the offices' zone.
 */
public record AuditFilter(String actor, String action, String office, LocalDate from, LocalDate to, int page) {
}
