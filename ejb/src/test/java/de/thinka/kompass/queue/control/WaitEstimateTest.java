package de.thinka.kompass.queue.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WaitEstimateTest {

    private static final Duration DEFAULT = Duration.ofMinutes(20);

    @Test
    void defaultBeforeTheFirstFinishedTalk() {
        WaitEstimate estimate = WaitEstimate.of(List.of(), DEFAULT, 1);
        assertEquals(20, estimate.minutesFor(1));
        assertEquals(40, estimate.minutesFor(2));
        assertEquals(0, estimate.minutesFor(0));
    }

    @Test
    void medianOfRecentTalksIsRobustAgainstOneVeryLongTalk() {
        List<Duration> talks = List.of(Duration.ofMinutes(10), Duration.ofMinutes(12), Duration.ofMinutes(95));
        assertEquals(12.0, WaitEstimate.median(talks, DEFAULT));
        assertEquals(11.0, WaitEstimate.median(List.of(Duration.ofMinutes(10), Duration.ofMinutes(12)), DEFAULT));
    }

    @Test
    void moreDesksShortenTheWaitAndMinutesAreRoundedUpToFive() {
        WaitEstimate twoDesks = new WaitEstimate(12, 2);
        assertEquals(15, twoDesks.minutesFor(1), "12 minutes shown as 15");
        assertEquals(15, twoDesks.minutesFor(2), "both desks take one each");
        assertEquals(25, twoDesks.minutesFor(3), "24 minutes shown as 25");
        assertEquals(5, new WaitEstimate(1, 0).minutesFor(1), "at least one desk, at least a minute");
    }
}
