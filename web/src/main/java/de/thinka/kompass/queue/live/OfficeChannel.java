package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.boundary.QueueSnapshot;

import jakarta.websocket.CloseReason;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The live stream of one office. Changes arrive after their commits, possibly out of order (two commits can
 * finish their after-commit work in either order, and in a cluster changes also come from the other
 * instances); the channel puts them back into seq order, keeps the recent ones for clients that reconnect with
 * {@code since}, and hands each to every subscriber. A gap is filled from the stored changes
 * ({@link #catchUp}); clients the memory cannot serve are replayed from there too.
 */
final class OfficeChannel {

    static final int HISTORY = 1000;
    /** A gap this long means a change will never come and could not be read either: resynchronise. */
    static final int MAX_PENDING = 50;

    /** The stored changes after a seq, complete, or empty when they are not stored (any more). */
    interface StoredChanges extends LongFunction<Optional<List<QueueChanged>>> {
    }

    private final ArrayDeque<QueueChanged> history = new ArrayDeque<>();
    private final TreeMap<Long, QueueChanged> pending = new TreeMap<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final TicketStream tickets;
    private final FanOut.Batch sends;
    private long lastSeq = -1;
    private boolean gapCheckClaimed;
    /** The last snapshot read, with its rendered texts; valid until the next change is delivered. */
    private QueueSnapshot snapshot;
    private final Map<Audience, String> snapshotTexts = new EnumMap<>(Audience.class);

    OfficeChannel(TicketStream tickets, FanOut fanOut) {
        this.tickets = tickets;
        this.sends = fanOut.batch();
    }

    synchronized void accept(QueueChanged change) {
        if (lastSeq < 0) {
            lastSeq = change.seq() - 1;
        }
        if (change.seq() <= lastSeq) {
            return;
        }
        pending.put(change.seq(), change);
        if (pending.size() > MAX_PENDING) {
            skipGap();
        }
        drain();
    }

    private void drain() {
        while (!pending.isEmpty() && pending.firstKey() == lastSeq + 1) {
            QueueChanged next = pending.pollFirstEntry().getValue();
            lastSeq = next.seq();
            history.addLast(next);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
            deliver(next);
        }
    }

    /** True while a change is missing before the ones waiting. */
    synchronized boolean hasGap() {
        return !pending.isEmpty();
    }

    /** True for the first caller since the last {@link #catchUp}: one database read per gap. */
    synchronized boolean claimGapCheck() {
        boolean first = !gapCheckClaimed;
        gapCheckClaimed = true;
        return first;
    }

    /** Delivers the stored changes this channel has not seen (a lost cluster message, or a gap). */
    synchronized void catchUp(StoredChanges stored) {
        gapCheckClaimed = false;
        if (lastSeq < 0) {
            return;
        }
        Optional<List<QueueChanged>> missed = stored.apply(lastSeq);
        if (missed.isPresent()) {
            missed.get().forEach(this::accept);
        } else if (!pending.isEmpty()) {
            skipGap();
            drain();
        }
    }

    /**
     * The missing changes cannot be had: go on after the gap. The recent history now has a hole, so it is
     * forgotten, and the clients are asked to reconnect: they get a snapshot.
     */
    private void skipGap() {
        lastSeq = pending.firstKey() - 1;
        history.clear();
        for (Subscriber subscriber : subscribers) {
            if (subscriber.audience != Audience.TICKET) {
                subscribers.remove(subscriber);
                subscriber.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "resynchronise"));
            }
        }
    }

    private void deliver(QueueChanged change) {
        snapshot = null;
        snapshotTexts.clear();
        Map<Audience, String> rendered = new EnumMap<>(Audience.class);
        for (Subscriber subscriber : subscribers) {
            if (change.seq() <= subscriber.seenSeq) {
                continue;
            }
            subscriber.seenSeq = change.seq();
            switch (subscriber.audience) {
                case DISPLAY -> sends.send(subscriber, rendered.computeIfAbsent(Audience.DISPLAY, a -> Messages.display(change)));
                case STAFF -> sends.send(subscriber, rendered.computeIfAbsent(Audience.STAFF, a -> Messages.staff(change)));
                case TICKET -> sends.add(subscriber, () -> tickets.update(subscriber, change));
            }
        }
        sends.flush();
    }

    /**
     * Adds a subscriber. With {@code since} it gets exactly the missed changes when this channel still has them;
     * otherwise (or without since) a snapshot first.
     */
    synchronized void subscribe(Subscriber subscriber, Long since, Supplier<QueueSnapshot> reader, StoredChanges stored) {
        Optional<List<QueueChanged>> fromStore;
        if (subscriber.audience == Audience.TICKET) {
            tickets.start(subscriber);
            knowUpTo(subscriber.seenSeq);
        } else if (since != null && canReplay(since)) {
            replay(subscriber, since, history);
        } else if (since != null && (fromStore = stored.apply(since)).isPresent()) {
            replay(subscriber, since, fromStore.get());
        } else {
            QueueSnapshot current = currentSnapshot(reader);
            knowUpTo(current.seq());
            subscriber.seenSeq = current.seq();
            subscriber.send(snapshotTexts.computeIfAbsent(subscriber.audience,
                    audience -> audience == Audience.DISPLAY ? Messages.display(current) : Messages.staff(current)));
        }
        subscribers.add(subscriber);
    }

    private static void replay(Subscriber subscriber, long since, Iterable<QueueChanged> changes) {
        subscriber.seenSeq = since;
        for (QueueChanged change : changes) {
            if (change.seq() > subscriber.seenSeq) {
                subscriber.seenSeq = change.seq();
                subscriber.send(subscriber.audience == Audience.DISPLAY ? Messages.display(change) : Messages.staff(change));
            }
        }
    }

    /**
     * A channel that has not seen any change yet starts counting at what a snapshot showed: a change lost
     * between that snapshot and the next one that arrives is then a gap, and is filled.
     */
    private void knowUpTo(long seq) {
        if (lastSeq < 0) {
            lastSeq = seq;
        }
    }

    /**
     * One database read serves every client that connects until the next change: many displays reconnecting
     * after a server restart cost one query, not one each. A snapshot is reused only while it is not older
     * than the last change delivered; later changes reach the new client as events.
     */
    private QueueSnapshot currentSnapshot(Supplier<QueueSnapshot> reader) {
        if (snapshot == null || snapshot.seq() < lastSeq) {
            snapshot = reader.get();
            snapshotTexts.clear();
        }
        return snapshot;
    }

    private boolean canReplay(long since) {
        if (lastSeq < 0 || since > lastSeq || since < 0) {
            return false;
        }
        return since == lastSeq || !history.isEmpty() && history.peekFirst().seq() <= since + 1;
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }
}
