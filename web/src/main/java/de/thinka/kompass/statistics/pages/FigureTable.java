package de.thinka.kompass.statistics.pages;

import java.util.List;

/**
 * One table of the statistics in the reader's language, as the page and the CSV file show it. The first cell
 * of each row names the row.
 *
 * @param id     stable name for anchors and tests, e.g. {@code contacts}
 * @param title  the caption
 */
public record FigureTable(String id, String title, List<String> columns, List<List<Cell>> rows) {

    public FigureTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One value: a label, a day, a count, a percentage or minutes; {@code number} is null for "no value". */
    public record Cell(Kind kind, String text, Double number) {

        public enum Kind { LABEL, DAY, COUNT, PERCENT, MINUTES }

        public static Cell label(String text) {
            return new Cell(Kind.LABEL, text, null);
        }

        /** A day: {@code text} is its ISO form (2026-11-25). */
        public static Cell day(String isoDay) {
            return new Cell(Kind.DAY, isoDay, null);
        }

        public static Cell count(long count) {
            return new Cell(Kind.COUNT, null, (double) count);
        }

        /** A share between 0 and 1, shown as percent. */
        public static Cell percent(Double share) {
            return new Cell(Kind.PERCENT, null, share == null ? null : share * 100);
        }

        public static Cell minutes(Double seconds) {
            return new Cell(Kind.MINUTES, null, seconds == null ? null : seconds / 60);
        }

        public boolean numeric() {
            return kind != Kind.LABEL && kind != Kind.DAY;
        }
    }
}
