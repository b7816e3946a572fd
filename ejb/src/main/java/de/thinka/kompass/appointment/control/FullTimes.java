package de.thinka.kompass.appointment.control;

import de.thinka.kompass.platform.cluster.ClusterWide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start times that were just booked out (the last free counsellor took them), remembered for half a minute,
 * so that the many late attempts on a popular time are answered "vergeben" before any database work. Only a
 * shortcut: the booking itself always decides against the database. Forgotten when a booking of that office is
 * cancelled or moved, when availability changes, and after {@link #KEEP}.
 */
@ApplicationScoped
public class FullTimes {

    static final Duration KEEP = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    /** A time is now full for talks of this length (fired in the booking's transaction, seen after commit). */
    public record Filled(String officeId, Instant start, Duration duration) implements ClusterWide {
    }

    /** A booking of the office was cancelled or moved (seen after commit). */
    public record Freed(String officeId) implements ClusterWide {
    }

    /** A start time of an office for talks of one length. */
    record Time(String officeId, Instant start, Duration duration) {
    }

    private final Map<Time, Instant> full = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public boolean isFull(String officeId, Instant start, Duration duration) {
        return isFull(new Time(officeId, start, duration));
    }

    boolean isFull(Time key) {
        Instant until = full.get(key);
        if (until != null && clock.instant().isAfter(until)) {
            full.remove(key, until);
            return false;
        }
        return until != null;
    }

    void filled(@Observes(during = TransactionPhase.AFTER_SUCCESS) Filled event) {
        mark(new Time(event.officeId(), event.start(), event.duration()));
    }

    /** The time is full now (a booking that took its last free counsellor committed). */
    void mark(Time time) {
        Instant now = clock.instant();
        if (full.size() >= MAX_REMEMBERED) {
            full.values().removeIf(until -> now.isAfter(until));
        }
        full.put(time, now.plus(KEEP));
    }

    void freed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Freed event) {
        full.keySet().removeIf(key -> key.officeId().equals(event.officeId()));
    }

    void planningChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanningData.Changed change) {
        full.clear();
    }
}
