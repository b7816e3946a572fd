package de.thinka.kompass.privacy.pages;

import de.thinka.kompass.privacy.control.PrivacySettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/** The privacy notice (/datenschutz) tells the periods the server actually uses. */
@Named
@RequestScoped
public class PrivacyNoticePage {

    @Inject
    PrivacySettings settings;

    public long getRetentionDays() {
        return days(settings.retention());
    }

    public long getOutboxDays() {
        return days(settings.outboxRetention());
    }

    public long getAuditDays() {
        return days(settings.auditRetention());
    }

    /** Whole days, rounded up, so a period of a few hours (in tests) never reads as "0 days". */
    static long days(Duration period) {
        long days = period.toDays();
        return period.minusDays(days).isZero() ? days : days + 1;
    }
}
