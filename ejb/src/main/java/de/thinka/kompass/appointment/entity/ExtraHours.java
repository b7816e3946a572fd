package de.thinka.kompass.appointment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;

/** One-off extra working hours of a counsellor in an office, e.g. Saturday 10:00-13:00 before a deadline. */
@Entity
@Table(name = "extra_hours")
@NamedQuery(name = ExtraHours.BETWEEN, query = "select e from ExtraHours e where e.day between :from and :to")
public class ExtraHours {

    public static final String BETWEEN = "ExtraHours.between";

    @Id
    @SequenceGenerator(name = "availability_seq", sequenceName = "availability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
    private Long id;

    private String username;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "work_day")
    private LocalDate day;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected ExtraHours() {
        // JPA
    }

    public ExtraHours(String username, String officeId, LocalDate day, LocalPeriod hours) {
        this.username = username;
        this.officeId = officeId;
        this.day = day;
        this.startsAt = hours.from();
        this.endsAt = hours.to();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String officeId() {
        return officeId;
    }

    public LocalDate day() {
        return day;
    }

    public LocalPeriod hours() {
        return new LocalPeriod(startsAt, endsAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtraHours extra && id != null && id.equals(extra.id);
    }

    @Override
    public int hashCode() {
        return ExtraHours.class.hashCode();
    }
}
