package de.thinka.kompass.queue.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Spreads the sends of one change over a few threads ("lanes", one per core): handing a message to 2,000
 * sessions one after the other on the office's single sender thread kept one core busy while the other idled
 * (benchmark, 2026-11-24). A session always uses the same lane, so its messages keep their order; each lane gets
 * its share of a change as one task.
 */
final class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());
    static final int LANES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final ExecutorService[] lanes;

    FanOut(ThreadFactory threads, int count) {
        lanes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(threads);
        }
    }

    /** A collector for one office's sends; used by one thread at a time (the office's sender thread). */
    Batch batch() {
        return new Batch();
    }

    void stop() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    final class Batch {
        @SuppressWarnings("unchecked")
        private final List<Runnable>[] work = new List[lanes.length];

        /** Runs the work for this subscriber on its lane, after its earlier work, once {@link #flush()} is called. */
        void add(Subscriber subscriber, Runnable forSubscriber) {
            int lane = Math.floorMod(System.identityHashCode(subscriber), lanes.length);
            if (work[lane] == null) {
                work[lane] = new ArrayList<>();
            }
            work[lane].add(forSubscriber);
        }

        void send(Subscriber subscriber, String text) {
            add(subscriber, () -> subscriber.send(text));
        }

        /** Hands what was added to the lanes. */
        void flush() {
            for (int lane = 0; lane < lanes.length; lane++) {
                List<Runnable> tasks = work[lane];
                if (tasks != null) {
                    work[lane] = null;
                    lanes[lane].execute(() -> runAll(tasks));
                }
            }
        }
    }

    private static void runAll(List<Runnable> tasks) {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException failed) {
                // one broken session must not keep the message from the others
                LOG.log(Level.FINE, "live send failed", failed);
            }
        }
    }
}
