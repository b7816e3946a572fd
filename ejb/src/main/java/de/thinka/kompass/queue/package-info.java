/**
 * The walk-in queue of an office day: tickets issued at reception, called to a desk, served, finished;
 * the order of calling, the wait estimate and the queue events that keep displays and boards live.
 * Every change of an office's queue takes that office's {@link de.thinka.kompass.queue.entity.QueueCounter}
 * row lock, which serialises changes per office (no double calls) and gives each change its {@code seq}.
 */
package de.thinka.kompass.queue;
