package de.thinka.kompass.queue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One change of an office's queue as it was announced, kept for a day: the source for instances of a cluster
 * that missed a change's message and for clients that reconnect with {@code since} (decision 0015).
 */
@Entity
@Table(name = "queue_event")
@IdClass(QueueEvent.Key.class)
@NamedQuery(name = QueueEvent.AFTER, query = "select e from QueueEvent e where e.officeId = :office"
        + " and e.seq > :after and e.seq <= :until order by e.seq")
@NamedQuery(name = QueueEvent.OLDER_THAN, query = "delete from QueueEvent e where e.createdAt < :before")
@NamedQuery(name = QueueEvent.OF_TICKET, query = "delete from QueueEvent e where e.ticketId = :ticket")
public class QueueEvent {

    public static final String AFTER = "QueueEvent.after";
    public static final String OLDER_THAN = "QueueEvent.olderThan";
    public static final String OF_TICKET = "QueueEvent.ofTicket";

    @Id
    @Column(name = "office_id")
    private String officeId;

    @Id
    private long seq;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private String payload;

    protected QueueEvent() {
        // JPA
    }

    public QueueEvent(String officeId, long seq, long ticketId, Instant createdAt, String payload) {
        this.officeId = officeId;
        this.seq = seq;
        this.ticketId = ticketId;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.payload = payload;
    }

    public long seq() {
        return seq;
    }

    public String payload() {
        return payload;
    }

    /** The composite key (office, seq). */
    public static class Key implements Serializable {

        private String officeId;
        private long seq;

        public Key() {
            // JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(officeId, key.officeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, seq);
        }
    }
}
