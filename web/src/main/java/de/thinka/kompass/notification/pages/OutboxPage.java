package de.thinka.kompass.notification.pages;

import de.thinka.kompass.notification.boundary.OutboxAdmin;
import de.thinka.kompass.notification.boundary.OutboxEntry;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** ADMIN's view of the outbox: mails that failed or keep failing, each with a retry button. */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    OutboxAdmin admin;

    @Inject
    Language language;

    private List<OutboxEntry> mails;

    /** Called by f:viewAction, before anything is written: a caller without ADMIN gets the 403 page. */
    public void load() {
        mails = admin.mails(null);
    }

    public List<OutboxEntry> getMails() {
        return mails == null ? List.of() : mails;
    }

    public String moment(Instant instant) {
        return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(language.getLocale()).format(instant.atZone(Times.BERLIN));
    }
}
