package de.thinka.kompass.statistics.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentilesTest {

    @Test
    void noValuesNoPercentile() {
        assertTrue(Percentiles.of(List.of(), 0.5).isEmpty());
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertEquals(300, Percentiles.of(List.of(300), 0.5).getAsDouble());
        assertEquals(300, Percentiles.of(List.of(300), 0.9).getAsDouble());
    }

    @Test
    void medianOfAnEvenCountLiesBetweenTheMiddleValues() {
        assertEquals(2.5, Percentiles.of(List.of(1, 2, 3, 4), 0.5).getAsDouble());
        assertEquals(3, Percentiles.of(List.of(1, 2, 3, 4, 5), 0.5).getAsDouble());
    }

    /** The same as Excel's QUANTIL.INKL and PostgreSQL's percentile_cont. */
    @Test
    void ninetiethPercentileInterpolatesLikeExcel() {
        // QUANTIL.INKL({60;120;180;240;300;360;420;480;540;600;1200};0,9) = 600
        assertEquals(600, Percentiles.of(List.of(60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 1200), 0.9).getAsDouble(), 1e-9);
        // QUANTIL.INKL({10;20;30;40};0,9) = 37
        assertEquals(37, Percentiles.of(List.of(10, 20, 30, 40), 0.9).getAsDouble(), 1e-9);
        assertEquals(10, Percentiles.of(List.of(10, 20, 30, 40), 0).getAsDouble());
        assertEquals(40, Percentiles.of(List.of(10, 20, 30, 40), 1).getAsDouble());
    }

    @Test
    void outsideZeroToOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of(1), 1.5));
    }
}
