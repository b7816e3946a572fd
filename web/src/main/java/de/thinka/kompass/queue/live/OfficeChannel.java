package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.boundary.QueueSnapshot;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

/**
 * The live stream of one office. Changes arrive after their commits, possibly out of order (two commits can
 * finish their after-commit work in either order); the channel puts them back into seq order, keeps the
 * recent ones for clients that reconnect with {@code since}, and hands each to every subscriber.
 */
final class OfficeChannel {

    static final int HISTORY = 1000;
    /** A gap this long means a change will never come (e.g. another instance died): resynchronise. */
    static final int MAX_PENDING = 50;

    private final ArrayDeque<QueueChanged> history = new ArrayDeque<>();
    private final TreeMap<Long, QueueChanged> pending = new TreeMap<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final TicketStream tickets;
    private long lastSeq = -1;
    /** The last snapshot read, with its rendered texts; valid until the next change is delivered. */
    private QueueSnapshot snapshot;
    private final Map<Audience, String> snapshotTexts = new EnumMap<>(Audience.class);

    OfficeChannel(TicketStream tickets) {
        this.tickets = tickets;
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
            lastSeq = pending.firstKey() - 1;
        }
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
                case DISPLAY -> subscriber.send(rendered.computeIfAbsent(Audience.DISPLAY, a -> Messages.display(change)));
                case STAFF -> subscriber.send(rendered.computeIfAbsent(Audience.STAFF, a -> Messages.staff(change)));
                case TICKET -> tickets.update(subscriber, change);
            }
        }
    }

    /**
     * Adds a subscriber. With {@code since} it gets exactly the missed changes when this channel still has them;
     * otherwise (or without since) a snapshot first.
     */
    synchronized void subscribe(Subscriber subscriber, Long since, Supplier<QueueSnapshot> reader) {
        if (subscriber.audience != Audience.TICKET && since != null && canReplay(since)) {
            subscriber.seenSeq = since;
            for (QueueChanged change : history) {
                if (change.seq() > since) {
                    subscriber.seenSeq = change.seq();
                    subscriber.send(subscriber.audience == Audience.DISPLAY ? Messages.display(change) : Messages.staff(change));
                }
            }
        } else if (subscriber.audience == Audience.TICKET) {
            tickets.start(subscriber);
        } else {
            QueueSnapshot current = currentSnapshot(reader);
            subscriber.seenSeq = current.seq();
            subscriber.send(snapshotTexts.computeIfAbsent(subscriber.audience,
                    audience -> audience == Audience.DISPLAY ? Messages.display(current) : Messages.staff(current)));
        }
        subscribers.add(subscriber);
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
