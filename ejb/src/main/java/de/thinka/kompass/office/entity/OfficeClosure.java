package de.thinka.kompass.office.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day an office is closed besides public holidays (e.g. Christmas Eve, team day). */
@Entity
@Table(name = "office_closure")
@IdClass(OfficeClosure.Key.class)
@NamedQuery(name = OfficeClosure.BETWEEN, query = "select c from OfficeClosure c where c.officeId = :office"
        + " and c.day between :from and :to order by c.day")
public class OfficeClosure {

    public static final String BETWEEN = "OfficeClosure.between";

    @Id
    @Column(name = "office_id")
    private String officeId;

    @Id
    @Column(name = "closed_on")
    private LocalDate day;

    private String reason;

    protected OfficeClosure() {
        // JPA
    }

    public OfficeClosure(String officeId, LocalDate day, String reason) {
        this.officeId = officeId;
        this.day = day;
        this.reason = reason;
    }

    public String officeId() {
        return officeId;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }

    /** Primary key: office and day. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String officeId;
        private LocalDate day;

        public Key() {
            // JPA
        }

        public Key(String officeId, LocalDate day) {
            this.officeId = officeId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(officeId, key.officeId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, day);
        }
    }
}
