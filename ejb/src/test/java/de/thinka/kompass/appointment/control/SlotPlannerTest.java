package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.AbsenceKind;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.LocalPeriod;
import de.thinka.kompass.appointment.entity.WorkPlan;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotPlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SlotRules RULES = new SlotRules(Duration.ofMinutes(45), Duration.ofMinutes(15),
            Duration.ofMinutes(30), BERLIN);
    private static final Instant EARLY = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2030-01-01T00:00:00Z");
    /** A Monday in winter time. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);

    private static LocalPeriod period(String from, String to) {
        return new LocalPeriod(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Instant berlin(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), BERLIN).toInstant();
    }

    private static WorkPlan plan(String who, DayOfWeek day, String from, String to) {
        return new WorkPlan(who, "arnstadt", day, period(from, to), null, LocalDate.of(2026, 1, 1), null);
    }

    private static List<Slot> slots(List<WorkingTime> times, List<BusyTime> busy) {
        return SlotPlanner.plan(times, busy, RULES, EARLY, LATE);
    }

    private static List<WorkingTime> times(LocalDate from, LocalDate to, List<WorkPlan> plans) {
        return WorkingTimes.of("arnstadt", from, to, plans, List.of(), List.of(), Set.of());
    }

    @Test
    void startsEveryStepWhileTheWholeTalkFits() {
        List<Slot> slots = slots(times(MONDAY, MONDAY, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"))), List.of());
        // 09:00, 09:30, ..., 11:00 (11:15 would end after 12:00 at 45 minutes; 11:30 too)
        assertEquals(5, slots.size());
        assertEquals(berlin(MONDAY, "09:00"), slots.get(0).start());
        assertEquals(berlin(MONDAY, "11:00"), slots.get(4).start());
        assertEquals(berlin(MONDAY, "11:45"), slots.get(4).end());
        assertEquals(Instant.parse("2026-01-12T08:00:00Z"), slots.get(0).start(), "winter time is UTC+1");
    }

    @Test
    void breakSplitsThePeriod() {
        WorkPlan plan = new WorkPlan("anna", "arnstadt", DayOfWeek.MONDAY, period("09:00", "14:00"),
                period("11:00", "12:00"), LocalDate.of(2026, 1, 1), null);
        List<Slot> slots = slots(times(MONDAY, MONDAY, List.of(plan)), List.of());
        List<Instant> starts = slots.stream().map(Slot::start).toList();
        // before the break: 09:00, 09:30, 10:00 (10:00-10:45); 10:30 would run into the break
        assertEquals(List.of(berlin(MONDAY, "09:00"), berlin(MONDAY, "09:30"), berlin(MONDAY, "10:00"),
                berlin(MONDAY, "12:00"), berlin(MONDAY, "12:30"), berlin(MONDAY, "13:00")), starts);
    }

    @Test
    void otherWeekdaysAndPlansOutsideTheirValidityGiveNothing() {
        WorkPlan ended = new WorkPlan("anna", "arnstadt", DayOfWeek.MONDAY, period("09:00", "12:00"), null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertTrue(slots(times(MONDAY.plusDays(1), MONDAY.plusDays(6), List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"))), List.of()).isEmpty());
        assertTrue(slots(times(MONDAY, MONDAY, List.of(ended)), List.of()).isEmpty());
    }

    @Test
    void countsCounsellorsPerStart() {
        List<Slot> slots = slots(times(MONDAY, MONDAY, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"),
                plan("ben", DayOfWeek.MONDAY, "10:00", "12:00"))), List.of());
        assertEquals(1, slots.get(0).counsellorCount());
        Slot ten = slots.stream().filter(slot -> slot.start().equals(berlin(MONDAY, "10:00"))).findFirst().orElseThrow();
        assertEquals(List.of("anna", "ben"), ten.counsellors());
    }

    @Test
    void bookedTimeAndItsBufferAreNotOffered() {
        // anna has 10:00-10:45; with 15 minutes buffer 09:00 (ends 09:45) is fine, 09:30 (ends 10:15) is not,
        // 10:30 starts before 10:45 + 15 and 11:00 is the next free start
        List<BusyTime> busy = List.of(new BusyTime("anna", berlin(MONDAY, "10:00"), berlin(MONDAY, "10:45")));
        List<Instant> starts = slots(times(MONDAY, MONDAY, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"))), busy)
                .stream().map(Slot::start).toList();
        assertEquals(List.of(berlin(MONDAY, "09:00"), berlin(MONDAY, "11:00")), starts);
    }

    @Test
    void anotherCounsellorsAppointmentDoesNotMatter() {
        List<BusyTime> busy = List.of(new BusyTime("ben", berlin(MONDAY, "09:00"), berlin(MONDAY, "12:00")));
        assertEquals(5, slots(times(MONDAY, MONDAY, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"))), busy).size());
    }

    @Test
    void absencesClosuresAndHolidaysRemoveTheDay() {
        List<WorkPlan> plans = List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00"), plan("ben", DayOfWeek.MONDAY, "09:00", "12:00"));
        Absence annaAway = new Absence("anna", MONDAY.minusDays(3), MONDAY, AbsenceKind.HOLIDAY);
        List<WorkingTime> withAbsence = WorkingTimes.of("arnstadt", MONDAY, MONDAY, plans, List.of(), List.of(annaAway), Set.of());
        assertTrue(withAbsence.stream().allMatch(time -> time.counsellor().equals("ben")));
        assertTrue(WorkingTimes.of("arnstadt", MONDAY, MONDAY, plans, List.of(), List.of(), Set.of(MONDAY)).isEmpty());
    }

    @Test
    void extraHoursAddAPeriodOnThatDayOnly() {
        ExtraHours saturday = new ExtraHours("anna", "arnstadt", MONDAY.plusDays(5), period("10:00", "11:00"));
        List<WorkingTime> times = WorkingTimes.of("arnstadt", MONDAY, MONDAY.plusDays(6), List.of(), List.of(saturday), List.of(), Set.of());
        List<Slot> slots = slots(times, List.of());
        assertEquals(List.of(berlin(MONDAY.plusDays(5), "10:00")), slots.stream().map(Slot::start).toList());
        assertEquals(1, WorkingTimes.of("arnstadt", MONDAY, MONDAY.plusDays(6), List.of(), List.of(saturday), List.of(),
                Set.of(MONDAY.plusDays(5))).size(), "extra hours count even on a closure day or holiday");
        Absence away = new Absence("anna", MONDAY.plusDays(5), MONDAY.plusDays(5), AbsenceKind.SICKNESS);
        assertTrue(WorkingTimes.of("arnstadt", MONDAY, MONDAY.plusDays(6), List.of(), List.of(saturday), List.of(away),
                Set.of()).isEmpty(), "but not when the counsellor is away");
        ExtraHours elsewhere = new ExtraHours("anna", "ilmenau", MONDAY, period("10:00", "11:00"));
        assertTrue(WorkingTimes.of("arnstadt", MONDAY, MONDAY, List.of(), List.of(elsewhere), List.of(), Set.of()).isEmpty());
    }

    @Test
    void earliestAndLatestCutTheRange() {
        List<WorkingTime> times = times(MONDAY, MONDAY, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "12:00")));
        List<Slot> slots = SlotPlanner.plan(times, List.of(), RULES, berlin(MONDAY, "09:10"), berlin(MONDAY, "11:00"));
        assertEquals(List.of(berlin(MONDAY, "09:30"), berlin(MONDAY, "10:00"), berlin(MONDAY, "10:30")),
                slots.stream().map(Slot::start).toList());
    }

    @Test
    void wallClockTimesStayAcrossTheSwitchToSummerTime() {
        // Sunday 2026-03-29 the clocks go forward; Monday 30 March 09:00 is 07:00 UTC, the Monday before 08:00 UTC
        LocalDate before = LocalDate.of(2026, 3, 23);
        LocalDate after = LocalDate.of(2026, 3, 30);
        List<Slot> slots = slots(times(before, after, List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "10:00"))), List.of());
        assertEquals(List.of(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z")),
                slots.stream().map(Slot::start).toList());
    }

    @Test
    void wallClockTimesStayAcrossTheSwitchBackToWinterTime() {
        // Sunday 2026-10-25 the clocks go back: extra hours 01:30-03:30 that night last three real hours
        LocalDate sunday = LocalDate.of(2026, 10, 25);
        ExtraHours night = new ExtraHours("anna", "arnstadt", sunday, period("01:30", "03:30"));
        SlotRules hourly = new SlotRules(Duration.ofMinutes(60), Duration.ZERO, Duration.ofMinutes(60), BERLIN);
        List<Slot> slots = SlotPlanner.plan(WorkingTimes.of("arnstadt", sunday, sunday, List.of(), List.of(night),
                List.of(), Set.of()), List.of(), hourly, EARLY, LATE);
        assertEquals(Instant.parse("2026-10-24T23:30:00Z"), slots.get(0).start());
        assertEquals(Duration.ofMinutes(60), Duration.between(slots.get(0).start(), slots.get(0).end()));
        // the monday after: 09:00 is 08:00 UTC again
        List<Slot> monday = slots(times(sunday.plusDays(1), sunday.plusDays(1),
                List.of(plan("anna", DayOfWeek.MONDAY, "09:00", "10:00"))), List.of());
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), monday.get(0).start());
    }
}
