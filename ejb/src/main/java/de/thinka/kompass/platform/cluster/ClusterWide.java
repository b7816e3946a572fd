package de.thinka.kompass.platform.cluster;

/**
 * An event (a record, JSON-B readable) that every instance of a cluster must see, usually "this cache is stale".
 * Fired as usual inside the change's transaction; after commit {@link ClusterEventSender} sends it and
 * {@link ClusterEventRelay} fires it again on every other instance, where its
 * {@code @Observes(during = AFTER_SUCCESS)} observers run at once.
 */
public interface ClusterWide {
}
