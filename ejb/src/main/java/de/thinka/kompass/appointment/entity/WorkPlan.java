package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A counsellor's weekly working hours in one office, e.g. Monday 09:00-16:00 with a break 12:00-13:00. */
@Entity
@Table(name = "work_plan")
@NamedQuery(name = WorkPlan.VALID_BETWEEN, query = "select p from WorkPlan p where p.validFrom <= :to"
        + " and (p.validUntil is null or p.validUntil >= :from)")
public class WorkPlan {

    public static final String VALID_BETWEEN = "WorkPlan.validBetween";

    @Id
    @SequenceGenerator(name = "availability_seq", sequenceName = "availability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
    private Long id;

    private String username;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "day_of_week")
    private int isoDayOfWeek;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(name = "break_starts_at")
    private LocalTime breakStartsAt;

    @Column(name = "break_ends_at")
    private LocalTime breakEndsAt;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected WorkPlan() {
        // JPA
    }

    public WorkPlan(String username, String officeId, DayOfWeek day, LocalPeriod hours, LocalPeriod pause,
                    LocalDate validFrom, LocalDate validUntil) {
        if (pause != null && (!hours.from().isBefore(pause.from()) || !pause.to().isBefore(hours.to()))) {
            throw Refusal.invalid("break-outside-hours");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw Refusal.invalid("valid-until-before-from");
        }
        this.username = username;
        this.officeId = officeId;
        this.isoDayOfWeek = day.getValue();
        this.startsAt = hours.from();
        this.endsAt = hours.to();
        this.breakStartsAt = pause == null ? null : pause.from();
        this.breakEndsAt = pause == null ? null : pause.to();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** The working periods on that day: none if the plan is for another weekday or not valid then. */
    public List<LocalPeriod> periodsOn(LocalDate day) {
        if (day.getDayOfWeek().getValue() != isoDayOfWeek || day.isBefore(validFrom)
                || validUntil != null && day.isAfter(validUntil)) {
            return List.of();
        }
        if (breakStartsAt == null) {
            return List.of(new LocalPeriod(startsAt, endsAt));
        }
        return List.of(new LocalPeriod(startsAt, breakStartsAt), new LocalPeriod(breakEndsAt, endsAt));
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

    public DayOfWeek day() {
        return DayOfWeek.of(isoDayOfWeek);
    }

    public LocalPeriod hours() {
        return new LocalPeriod(startsAt, endsAt);
    }

    public LocalPeriod pause() {
        return breakStartsAt == null ? null : new LocalPeriod(breakStartsAt, breakEndsAt);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkPlan plan && id != null && id.equals(plan.id);
    }

    @Override
    public int hashCode() {
        return WorkPlan.class.hashCode();
    }
}
