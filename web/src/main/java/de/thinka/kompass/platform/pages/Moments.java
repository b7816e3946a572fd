package de.thinka.kompass.platform.pages;

import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Moments in the offices' time zone and the page's language, for pages: {@code #{moments.format(i)}}. */
@Named
@RequestScoped
public class Moments {

    @Inject
    Language language;

    public String format(Instant instant) {
        return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(instant.atZone(Times.BERLIN));
    }
}
