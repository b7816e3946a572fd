package de.thinka.kompass.queue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One row per office: the day's last ticket number and the queue's change counter {@code seq}. Every change
 * of the office's queue locks this row first (SELECT ... FOR UPDATE), so changes of one office are applied
 * one after the other, numbers are never handed out twice, and seq grows by exactly one per change, in
 * commit order, across a cluster.
 */
@Entity
@Table(name = "office_queue")
public class QueueCounter {

    @Id
    @Column(name = "office_id")
    private String officeId;

    @Column(name = "service_day")
    private LocalDate serviceDay;

    @Column(name = "last_number")
    private int lastNumber;

    private long seq;

    protected QueueCounter() {
        // JPA
    }

    public QueueCounter(String officeId) {
        this.officeId = officeId;
        this.serviceDay = LocalDate.EPOCH;
    }

    /** The next ticket number of the day; numbering restarts at 1 on a new day. */
    public int nextNumber(LocalDate day) {
        if (!day.equals(serviceDay)) {
            serviceDay = day;
            lastNumber = 0;
        }
        return ++lastNumber;
    }

    /** Counts one change of the queue and returns its seq. */
    public long nextSeq() {
        return ++seq;
    }

    public long seq() {
        return seq;
    }

    public String officeId() {
        return officeId;
    }
}
