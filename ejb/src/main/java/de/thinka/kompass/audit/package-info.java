/**
 * The audit trail: who did what and when, never with content (no names, concerns, notes, e-mail addresses).
 * Boundary methods are hooked with one annotation, {@code @Audited("ticket.call")}; the entry is written in the
 * method's own transaction after it returned, so a refused or rolled-back action leaves no entry. ADMIN reads
 * the trail; the privacy retention job deletes entries after {@code kompass.audit.retention}
 * (docs/decisions/0012).
 */
package de.thinka.kompass.audit;
