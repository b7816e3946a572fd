package de.thinka.kompass.queue.control;

import java.time.Duration;
import java.util.List;

/**
 * The estimated wait for the n-th person in line, from the median service time of the day's recently finished
 * talks (a default before there are any) and the number of desks active now. Rounded up to whole five
 * minutes: an estimate, not a promise, and never false precision.
 *
 * @param medianServiceMinutes median length of a talk in minutes
 * @param activeDesks          desks calling people now, at least 1
 */
public record WaitEstimate(double medianServiceMinutes, int activeDesks) {

    public static final int STEP_MINUTES = 5;

    public WaitEstimate {
        activeDesks = Math.max(1, activeDesks);
        medianServiceMinutes = Math.max(1, medianServiceMinutes);
    }

    /** From the service times of recently finished talks, or the default when there are none yet. */
    public static WaitEstimate of(List<Duration> recentServiceTimes, Duration defaultServiceTime, int activeDesks) {
        return new WaitEstimate(median(recentServiceTimes, defaultServiceTime), activeDesks);
    }

    static double median(List<Duration> times, Duration fallback) {
        if (times.isEmpty()) {
            return fallback.toSeconds() / 60.0;
        }
        double[] minutes = times.stream().mapToDouble(time -> time.toSeconds() / 60.0).sorted().toArray();
        int middle = minutes.length / 2;
        return minutes.length % 2 == 1 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2;
    }

    /** Minutes until the person at this position (1 = next) is likely called; 0 for nobody waiting ahead. */
    public int minutesFor(int position) {
        if (position <= 0) {
            return 0;
        }
        double rounds = Math.ceil((double) position / activeDesks);
        double minutes = rounds * medianServiceMinutes;
        return (int) (Math.ceil(minutes / STEP_MINUTES) * STEP_MINUTES);
    }
}
