package de.thinka.kompass.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts a delivery run right after a transaction that queued mail has committed. Many mails committed
 * together (a reminder batch) or during a run lead to one more run, not to one run per mail.
 */
@ApplicationScoped
public class DeliveryTrigger {

    private final AtomicBoolean requested = new AtomicBoolean();

    @Inject
    MailSender sender;

    void mailEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEnqueued event) {
        if (requested.compareAndSet(false, true)) {
            sender.deliverSoon();
        }
    }

    /** A run begins and will see every mail committed so far; later ones need another run. */
    void runStarting() {
        requested.set(false);
    }
}
