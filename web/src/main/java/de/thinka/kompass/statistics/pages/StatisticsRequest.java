package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.statistics.control.Granularity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What the statistics page and the CSV file are asked for: {@code from}, {@code to} (ISO days), {@code period}
 * (day, week, month, quarter, year) and optionally {@code office}. Without any: the last twelve months by month.
 * Values that cannot be read stay null, and the report refuses them with a clear sentence.
 */
public record StatisticsRequest(LocalDate from, LocalDate to, Granularity granularity, String office) {

    public static StatisticsRequest of(Map<String, String> parameters, LocalDate today) {
        String period = parameters.get("period");
        Granularity granularity = period == null || period.isBlank() ? Granularity.MONTH
                : Granularity.parse(period).orElse(null);
        LocalDate to = day(parameters.get("to"), today);
        LocalDate from = day(parameters.get("from"), today.minusMonths(11).withDayOfMonth(1));
        String office = parameters.get("office");
        return new StatisticsRequest(from, to, granularity, office == null || office.isBlank() ? null : office.strip());
    }

    private static LocalDate day(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The query string that asks for the same figures (for the CSV link). */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        append(query, "period", granularity == null ? null : granularity.slug());
        append(query, "office", office);
        return query.toString();
    }

    /** kompass-statistik_2026-01-01_2026-12-31_monat.csv, with the office's id when only one is asked for. */
    public String fileName(String base, String periodName) {
        return base + (office == null ? "" : "_" + office.replaceAll("[^A-Za-z0-9-]", "")) + "_" + from + "_" + to
                + "_" + periodName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".csv";
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
