package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.statistics.pages.FigureTable.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanCsvTest {

    @Test
    void numbersDaysAndShareAsGermanExcelReadsThem() {
        assertEquals("1234", GermanCsv.field(Cell.count(1234)));
        assertEquals("12,5", GermanCsv.field(Cell.minutes(750.0)));
        assertEquals("33,3", GermanCsv.field(Cell.percent(1.0 / 3)));
        assertEquals("0,0", GermanCsv.field(Cell.percent(0.0)));
        assertEquals("", GermanCsv.field(Cell.minutes(null)), "no value, no zero");
        assertEquals("05.01.2026", GermanCsv.field(Cell.day("2026-01-05")));
        assertEquals("12345,7", GermanCsv.decimal(12345.66), "no thousands separator");
    }

    @Test
    void textIsQuotedWhereNeededAndNeverAFormula() {
        assertEquals("Ver-/Überschuldung", GermanCsv.text("Ver-/Überschuldung"));
        assertEquals("\"Arnstadt; Ilmenau\"", GermanCsv.text("Arnstadt; Ilmenau"));
        assertEquals("\"Er sagte \"\"Hallo\"\"\"", GermanCsv.text("Er sagte \"Hallo\""));
        assertEquals("'=SUMME(A1)", GermanCsv.text("=SUMME(A1)"));
        assertEquals("\"'-1;2\"", GermanCsv.text("-1;2"));
    }

    @Test
    void fileStartsWithTheByteOrderMarkAndHasOneSectionPerTable() {
        FigureTable concerns = new FigureTable("concerns", "Kontakte nach Anliegen", List.of("Anliegen", "Kontakte", "Anteil (%)"),
                List.of(List.of(Cell.label("Gesundheitliche Einschränkungen"), Cell.count(7), Cell.percent(0.25))));
        FigureTable sources = new FigureTable("sources", "Zugang", List.of("Zugang", "Kontakte"),
                List.of(List.of(Cell.label("Mit Termin"), Cell.count(3))));
        String csv = GermanCsv.write(List.of(List.of("KOMPASS Statistik"), List.of("Zeitraum", "01.01.2026 – 31.03.2026")),
                List.of(concerns, sources));
        assertTrue(csv.startsWith("\uFEFF"));
        assertEquals("\uFEFFKOMPASS Statistik\r\n"
                + "Zeitraum;01.01.2026 – 31.03.2026\r\n"
                + "\r\nKontakte nach Anliegen\r\n"
                + "Anliegen;Kontakte;Anteil (%)\r\n"
                + "Gesundheitliche Einschränkungen;7;25,0\r\n"
                + "\r\nZugang\r\n"
                + "Zugang;Kontakte\r\n"
                + "Mit Termin;3\r\n", csv);
    }
}
