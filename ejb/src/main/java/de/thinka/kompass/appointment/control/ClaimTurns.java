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
 * database, the others wait for its outcome instead of queueing at the counsellor's lock. When the one ahead
 * committed and took the last free counsellor, the waiting ones are answered "vergeben" without a single query;
 * otherwise the next one goes ahead. Only a shortcut: the database lock and the unique constraint still decide, and a
 * wait longer than {@link #MAX_WAIT} (or another server) simply leaves the decision to them.
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
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean filled;

        private Turn(FullTimes.Time time) {
            this.time = time;
        }

        /** This attempt took the last free counsellor of the time (counts once its transaction commits). */
        public void filled() {
            filled = true;
        }

        /** The transaction ended: a committed fill marks the time full before the next attempt looks. */
        public void end(boolean committed) {
            if (committed && filled) {
                fullTimes.mark(time);
            }
            current.remove(time, this);
            ended.countDown();
        }
    }

    /**
     * Waits while another attempt of this server claims the same time. Empty when the time is full (booked out
     * just now); otherwise the caller's turn, which it must {@link Turn#end(boolean) end}.
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
        }
    }

    private static boolean await(Turn ahead, long nanos) {
        try {
            return ahead.ended.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
