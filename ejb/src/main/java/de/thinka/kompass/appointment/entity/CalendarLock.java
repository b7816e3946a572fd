package de.thinka.kompass.appointment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The row a booking locks for one counsellor and day; it carries no data besides its key. */
@Entity
@Table(name = "calendar_lock")
@IdClass(CalendarLock.Key.class)
public class CalendarLock {

    @Id
    private String counsellor;

    @Id
    @Column(name = "lock_day")
    private LocalDate day;

    protected CalendarLock() {
        // JPA
    }

    public CalendarLock(String counsellor, LocalDate day) {
        this.counsellor = counsellor;
        this.day = day;
    }

    public Key key() {
        return new Key(counsellor, day);
    }

    /** Primary key: counsellor and day. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String counsellor;
        private LocalDate day;

        public Key() {
            // JPA
        }

        public Key(String counsellor, LocalDate day) {
            this.counsellor = counsellor;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(counsellor, key.counsellor) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(counsellor, day);
        }
    }
}
