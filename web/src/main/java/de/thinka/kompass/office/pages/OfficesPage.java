package de.thinka.kompass.office.pages;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OpeningHours;
import de.thinka.kompass.platform.pages.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The offices for the start page, with opening hours written out in the reader's language. */
@Named
@RequestScoped
public class OfficesPage {

    public record DayHours(String day, String hours) {
    }

    public record OfficeCard(Office office, List<DayHours> hours, List<String> rooms) {
    }

    @Inject
    OfficeDirectory directory;

    @Inject
    Language language;

    private List<OfficeCard> cards;

    public List<OfficeCard> getOffices() {
        if (cards == null) {
            Locale locale = language.getLocale();
            cards = directory.offices().stream().map(office -> card(office, locale)).toList();
        }
        return cards;
    }

    static OfficeCard card(Office office, Locale locale) {
        List<DayHours> hours = Arrays.stream(DayOfWeek.values())
                .filter(day -> !office.openingHoursOn(day).isEmpty())
                .map(day -> new DayHours(day.getDisplayName(TextStyle.FULL, locale),
                        office.openingHoursOn(day).stream().map(OfficesPage::period).collect(Collectors.joining(", "))))
                .toList();
        return new OfficeCard(office, hours, office.desks().stream().map(desk -> desk.name()).toList());
    }

    private static String period(OpeningHours hours) {
        return hours.opens() + "–" + hours.closes();
    }
}
