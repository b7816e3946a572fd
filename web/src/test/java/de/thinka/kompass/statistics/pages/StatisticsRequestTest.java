package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.statistics.control.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatisticsRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void withoutParametersTheLastTwelveMonthsByMonth() {
        StatisticsRequest request = StatisticsRequest.of(Map.of(), TODAY);
        assertEquals(new StatisticsRequest(LocalDate.of(2025, 12, 1), TODAY, Granularity.MONTH, null), request);
        assertEquals("from=2025-12-01&to=2026-11-25&period=month", request.query());
    }

    @Test
    void unreadableValuesStayEmptySoTheReportRefusesThem() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("from", "morgen");
        parameters.put("period", "fortnight");
        parameters.put("office", " arnstadt ");
        StatisticsRequest request = StatisticsRequest.of(parameters, TODAY);
        assertNull(request.from());
        assertNull(request.granularity());
        assertEquals("arnstadt", request.office());
    }

    @Test
    void fileNameSaysRangePeriodAndOffice() {
        StatisticsRequest request = new StatisticsRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                Granularity.QUARTER, "ilmenau");
        assertEquals("kompass-statistik_ilmenau_2026-01-01_2026-03-31_quartal.csv",
                request.fileName("kompass-statistik", "Quartal"));
        assertEquals("from=2026-01-01&to=2026-03-31&period=quarter&office=ilmenau", request.query());
    }
}
