package de.thinka.kompass.audit.boundary;

import java.util.List;

/** One page of the trail, newest first, and whether an older page follows. */
public record AuditPage(List<AuditEntry> entries, int page, boolean more) {
}
