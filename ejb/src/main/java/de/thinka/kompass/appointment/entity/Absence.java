package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A counsellor is away for whole days (holiday, sickness, other). */
@Entity
@Table(name = "absence")
@NamedQuery(name = Absence.OVERLAPPING, query = "select a from Absence a where a.firstDay <= :to and a.lastDay >= :from")
public class Absence {

    public static final String OVERLAPPING = "Absence.overlapping";

    @Id
    @SequenceGenerator(name = "availability_seq", sequenceName = "availability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
    private Long id;

    private String username;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;

    protected Absence() {
        // JPA
    }

    public Absence(String username, LocalDate firstDay, LocalDate lastDay, AbsenceKind kind) {
        if (lastDay.isBefore(firstDay)) {
            throw Refusal.invalid("valid-until-before-from");
        }
        this.username = username;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.kind = kind == null ? AbsenceKind.OTHER : kind;
    }

    public boolean keeps(String counsellor, LocalDate day) {
        return username.equals(counsellor) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public AbsenceKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Absence absence && id != null && id.equals(absence.id);
    }

    @Override
    public int hashCode() {
        return Absence.class.hashCode();
    }
}
