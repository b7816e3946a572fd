package de.thinka.kompass.handover.boundary;

/**
 * A handover was created or its state may have changed. Fired inside the transaction of the change; observers
 * that must not lose it (the statistics' facts) observe it there, in the same transaction.
 */
public record HandoverChanged(long handoverId) {
}
