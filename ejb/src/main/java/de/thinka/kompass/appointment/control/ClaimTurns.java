package de.thinka.kompass.appointment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Attempts on the same time (office, start, length of talk) take turns inside this server: one goes to the
 * database, the others wait instead of queueing at the counsellor's lock. As soon as the one ahead holds the last
 * free counsellor (locked, no clash), the waiting ones are answered "vergeben" without a single query, like a
 * seat someone else is paying for right now; they do not wait for its commit. Should that booking still roll back,
 * the time is free again for the next attempt. When the one ahead did not take the last counsellor, the next one
 * goes ahead. Only a shortcut: the database lock and the unique constraint still decide, and a wait longer than
 * {@link #MAX_WAIT} (or another server) simply leaves the decision to them.
 */
@ApplicationScoped
public class ClaimTurns {

    /** Longer than a booking takes even in a storm; then the database decides (it waits as long as needed). */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final Map<FullTimes.Time, Turn> current = new ConcurrentHashMap<>();

    @Inject
    FullTimes fullTimes;

    /** The right to go to the database for a time; ended exactly once, when the transaction completed. */
    public final class Turn {
        private final FullTimes.Time time;
        /** Counted down when this attempt holds the last free counsellor or when its transaction ended. */
        private final CountDownLatch settled = new CountDownLatch(1);
        private volatile boolean filled;

        private Turn(FullTimes.Time time) {
            this.time = time;
        }

        /**
         * This attempt holds the last free counsellor of the time: the ones waiting are refused now; the time is
         * marked full once the transaction commits.
         */
        public void filled() {
            filled = true;
            settled.countDown();
        }

        /** The transaction ended: a committed fill marks the time full before the next attempt looks. */
        public void end(boolean committed) {
            if (committed && filled) {
                fullTimes.mark(time);
            }
            current.remove(time, this);
            settled.countDown();
        }
    }

    /**
     * Waits while another attempt of this server claims the same time. Empty when the time is full (booked out
     * just now, or the attempt ahead holds its last free counsellor); otherwise the caller's turn, which it must
     * {@link Turn#end(boolean) end}.
     */
    public Optional<Turn> take(String officeId, Instant start, Duration duration) {
        FullTimes.Time time = new FullTimes.Time(officeId, start, duration);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            if (fullTimes.isFull(time)) {
                return Optional.empty();
            }
            Turn mine = new Turn(time);
            Turn ahead = current.putIfAbsent(time, mine);
            if (ahead == null) {
                return Optional.of(mine);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !await(ahead, left)) {
                // waited long enough: go to the database like before, without a turn of our own
                return Optional.of(new Turn(time));
            }
            if (ahead.filled) {
                return Optional.empty();
            }
        }
    }

    private static boolean await(Turn ahead, long nanos) {
        try {
            return ahead.settled.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
