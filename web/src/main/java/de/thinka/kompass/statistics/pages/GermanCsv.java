package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.statistics.pages.FigureTable.Cell;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * CSV as German Excel opens it with a double click: UTF-8 with byte order mark (so umlauts survive),
 * semicolons between fields, decimal comma without thousands separators, days as 25.11.2026, CRLF line ends.
 * Tables follow one another, each with its title line and a blank line after it.
 */
public final class GermanCsv {

    public static final String BOM = "\uFEFF";
    private static final String LINE = "\r\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanCsv() {
    }

    /** The whole file: a few heading lines ("label;value"), then every table. */
    public static String write(List<List<String>> heading, List<FigureTable> tables) {
        StringBuilder csv = new StringBuilder(BOM);
        heading.forEach(line -> csv.append(line(line.stream().map(GermanCsv::text).toList())));
        for (FigureTable table : tables) {
            csv.append(LINE).append(text(table.title())).append(LINE);
            csv.append(line(table.columns().stream().map(GermanCsv::text).toList()));
            table.rows().forEach(row -> csv.append(line(row.stream().map(GermanCsv::field).toList())));
        }
        return csv.toString();
    }

    private static String line(List<String> fields) {
        return String.join(";", fields) + LINE;
    }

    static String field(Cell cell) {
        return switch (cell.kind()) {
            case LABEL -> text(cell.text());
            case DAY -> LocalDate.parse(cell.text()).format(DAY);
            case COUNT -> cell.number() == null ? "" : String.valueOf(Math.round(cell.number()));
            case PERCENT, MINUTES -> cell.number() == null ? "" : decimal(cell.number());
        };
    }

    /** One decimal place with a comma: 12,5 (Excel in German reads it as a number). */
    static String decimal(double value) {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /**
     * Text in quotes when it holds a separator, quote or line break; a leading =, +, - or @ is defused with an
     * apostrophe, so no cell becomes a formula when the file is opened.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
