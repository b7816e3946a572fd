package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.control.QueueLedger;
import de.thinka.kompass.queue.control.QueueOrder;
import de.thinka.kompass.queue.entity.QueueCounter;
import jakarta.persistence.EntityManager;

import java.util.Comparator;

/** Reads a consistent picture of an office's queue: tickets, figures and the seq they belong to. */
final class QueueSnapshots {

    private QueueSnapshots() {
    }

    static QueueSnapshot read(EntityManager em, QueueLedger ledger, Office office) {
        QueueCounter counter = em.find(QueueCounter.class, office.id());
        long seq = counter == null ? 0 : counter.seq();
        var tickets = ledger.openTickets(office.id()).stream()
                .sorted(Comparator.comparing((de.thinka.kompass.queue.entity.Ticket t) -> t.state().ordinal())
                        .thenComparing(QueueOrder.CALLING_ORDER))
                .map(ticket -> TicketFacts.of(ticket, office)).toList();
        return new QueueSnapshot(office.id(), seq, tickets, ledger.figures(office.id()));
    }
}
