package de.thinka.kompass.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last handover number of a calendar year; locked while the next one is taken. */
@Entity
@Table(name = "handover_counter")
public class HandoverCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_number")
    private int lastNumber;

    protected HandoverCounter() {
        // JPA
    }

    public HandoverCounter(int year) {
        this.year = year;
    }

    /** The next number, e.g. {@code H-2026-0042}. */
    public String next() {
        lastNumber++;
        return String.format("H-%d-%04d", year, lastNumber);
    }
}
