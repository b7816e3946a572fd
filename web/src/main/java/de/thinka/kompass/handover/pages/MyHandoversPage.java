package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.HandoverDesk;
import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** "Meine Übergaben": the counsellor's handovers with their state; the partner's answers appear by themselves. */
@Named
@RequestScoped
public class MyHandoversPage {

    @Inject
    HandoverDesk desk;

    @Inject
    Language language;

    private List<HandoverFacts> handovers;

    public List<HandoverFacts> getHandovers() {
        if (handovers == null) {
            handovers = desk.mine();
        }
        return handovers;
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(instant.atZone(Times.BERLIN));
    }
}
