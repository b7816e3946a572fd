package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.statistics.boundary.StatisticsReport;
import de.thinka.kompass.statistics.boundary.StatisticsReport.DurationFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.PeriodFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.TimeFigures;
import de.thinka.kompass.statistics.control.Granularity;
import de.thinka.kompass.statistics.pages.FigureTable.Cell;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns a report into the tables the page and the CSV file show, in the reader's language. */
public final class StatisticsTables {

    private final StatisticsReport report;
    private final ResourceBundle texts;
    private final Locale locale;

    public StatisticsTables(StatisticsReport report, ResourceBundle texts, Locale locale) {
        this.report = report;
        this.texts = texts;
        this.locale = locale;
    }

    public List<FigureTable> all() {
        return List.of(contacts(), concerns(), sources(), firstContacts(), times(), handovers());
    }

    FigureTable contacts() {
        List<String> columns = new ArrayList<>(List.of(text("stats.col.period")));
        report.offices().forEach(office -> columns.add(office.name()));
        columns.addAll(List.of(text("stats.col.contacts"), text("stats.col.noShows"), text("stats.col.left")));
        List<List<Cell>> rows = new ArrayList<>();
        for (PeriodFigures period : report.periods()) {
            List<Cell> row = new ArrayList<>(List.of(report.granularity() == Granularity.DAY
                    ? Cell.day(period.start().toString()) : Cell.label(period(period.start()))));
            report.offices().forEach(office -> row.add(Cell.count(period.contactsByOffice().getOrDefault(office.id(), 0L))));
            row.addAll(List.of(Cell.count(period.contacts()), Cell.count(period.noShows()), Cell.count(period.left())));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.label(text("stats.row.total"))));
        report.offices().forEach(office -> total.add(Cell.count(report.periods().stream()
                .mapToLong(period -> period.contactsByOffice().getOrDefault(office.id(), 0L)).sum())));
        total.addAll(List.of(Cell.count(report.contacts()),
                Cell.count(report.periods().stream().mapToLong(period -> period.noShows()).sum()),
                Cell.count(report.periods().stream().mapToLong(period -> period.left()).sum())));
        rows.add(total);
        return new FigureTable("contacts", text("stats.table.contacts"), columns, rows);
    }

    FigureTable concerns() {
        long contacts = report.contacts();
        List<List<Cell>> rows = report.concerns().stream().map(figures -> List.of(
                Cell.label(figures.concern().name(locale)), Cell.count(figures.contacts()),
                Cell.percent(share(figures.contacts(), contacts)))).toList();
        return new FigureTable("concerns", text("stats.table.concerns"),
                List.of(text("stats.col.concern"), text("stats.col.contacts"), text("stats.col.share")), rows);
    }

    FigureTable sources() {
        List<List<Cell>> rows = report.sources().stream().map(source -> List.of(
                Cell.label(text("stats.source." + source.source().name())), Cell.count(source.contacts()),
                Cell.count(source.noShows()), Cell.count(source.left()), Cell.percent(source.noShowRate()))).toList();
        return new FigureTable("sources", text("stats.table.sources"), List.of(text("stats.col.source"),
                text("stats.col.contacts"), text("stats.col.noShows"), text("stats.col.left"),
                text("stats.col.noShowRate")), rows);
    }

    FigureTable firstContacts() {
        long first = report.firstContacts().first();
        long other = report.firstContacts().other();
        return new FigureTable("first-contacts", text("stats.table.firstContacts"),
                List.of(text("stats.col.kind"), text("stats.col.contacts"), text("stats.col.shareOfContacts")),
                List.of(List.of(Cell.label(text("stats.firstContact.first")), Cell.count(first),
                                Cell.percent(share(first, first + other))),
                        List.of(Cell.label(text("stats.firstContact.other")), Cell.count(other),
                                Cell.percent(share(other, first + other)))));
    }

    FigureTable times() {
        List<List<Cell>> rows = report.times().stream().map(times -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.label(officeName(times))));
            row.addAll(durations(times.waiting()));
            row.addAll(durations(times.service()));
            return (List<Cell>) row;
        }).toList();
        return new FigureTable("times", text("stats.table.times"), List.of(text("stats.col.office"),
                text("stats.col.waited"), text("stats.col.waitMedian"), text("stats.col.waitP90"),
                text("stats.col.served"), text("stats.col.serviceMedian"), text("stats.col.serviceP90")), rows);
    }

    FigureTable handovers() {
        List<String> columns = new ArrayList<>(List.of(text("stats.col.partnerType"), text("stats.col.total")));
        for (HandoverState state : HandoverState.values()) {
            columns.add(text("handover.state." + state.name()));
        }
        List<List<Cell>> rows = report.handovers().stream().map(figures -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.label(text("partner.type." + figures.partnerType().name())),
                    Cell.count(figures.total())));
            for (HandoverState state : HandoverState.values()) {
                row.add(Cell.count(figures.byOutcome().getOrDefault(state, 0L)));
            }
            return (List<Cell>) row;
        }).toList();
        return new FigureTable("handovers", text("stats.table.handovers"), columns, rows);
    }

    /** "November 2026", "KW 48/2026", "4. Quartal 2026", "2026", or the day itself. */
    public String period(LocalDate start) {
        return switch (report.granularity()) {
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(start);
            case WEEK -> MessageFormat.format(text("stats.week"), String.valueOf(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    String.valueOf(start.get(IsoFields.WEEK_BASED_YEAR)));
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + start.getYear();
            case QUARTER -> MessageFormat.format(text("stats.quarter"), String.valueOf(start.get(IsoFields.QUARTER_OF_YEAR)),
                    String.valueOf(start.getYear()));
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private String officeName(TimeFigures times) {
        return times.office() == null ? text("stats.row.allOffices") : report.offices().stream()
                .filter(office -> office.id().equals(times.office())).map(Office::name).findFirst().orElse(times.office());
    }

    private static List<Cell> durations(DurationFigures figures) {
        return List.of(Cell.count(figures.count()), Cell.minutes(figures.medianSeconds()), Cell.minutes(figures.p90Seconds()));
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private String text(String key) {
        return texts.getString(key);
    }
}
