package de.thinka.kompass.office.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One opening period on a weekday, e.g. Monday 09:00-12:00; a day may have several (value object). */
@Embeddable
public class OpeningHours {

    @Column(name = "day_of_week")
    private int isoDayOfWeek;

    @Column(name = "opens_at")
    private LocalTime opens;

    @Column(name = "closes_at")
    private LocalTime closes;

    protected OpeningHours() {
        // JPA
    }

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opening must be before closing");
        }
        this.isoDayOfWeek = day.getValue();
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(isoDayOfWeek);
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public boolean covers(DayOfWeek day, LocalTime time) {
        return day() == day && !time.isBefore(opens) && time.isBefore(closes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours that && isoDayOfWeek == that.isoDayOfWeek
                && Objects.equals(opens, that.opens) && Objects.equals(closes, that.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isoDayOfWeek, opens, closes);
    }
}
