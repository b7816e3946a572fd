package de.thinka.kompass.appointment.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cuts working times into bookable start times (a pure function): a start counts for a counsellor if the whole
 * talk fits into the working period and keeps the buffer to each of the counsellor's other appointments.
 * Wall-clock times are turned into instants in the office's zone, so a talk at 09:00 stays at 09:00 across the
 * switch to and from summer time.
 */
public final class SlotPlanner {

    private SlotPlanner() {
    }

    /** Free start times with their counsellors, ordered by time, from {@code earliest} (incl.) to {@code latest} (excl.). */
    public static List<Slot> plan(List<WorkingTime> workingTimes, List<BusyTime> busy, SlotRules rules,
                                  Instant earliest, Instant latest) {
        Map<String, List<BusyTime>> busyByCounsellor = busy.stream()
                .collect(Collectors.groupingBy(BusyTime::counsellor));
        TreeMap<Instant, List<String>> free = new TreeMap<>();
        for (WorkingTime time : workingTimes) {
            List<BusyTime> taken = busyByCounsellor.getOrDefault(time.counsellor(), List.of());
            for (Instant start : starts(time, rules)) {
                Instant end = start.plus(rules.duration());
                if (!start.isBefore(earliest) && start.isBefore(latest) && isFree(taken, start, end, rules)) {
                    List<String> counsellors = free.computeIfAbsent(start, any -> new ArrayList<>());
                    if (!counsellors.contains(time.counsellor())) {
                        counsellors.add(time.counsellor());
                    }
                }
            }
        }
        return free.entrySet().stream()
                .map(entry -> new Slot(entry.getKey(), entry.getKey().plus(rules.duration()),
                        entry.getValue().stream().sorted(Comparator.naturalOrder()).toList()))
                .toList();
    }

    private static List<Instant> starts(WorkingTime time, SlotRules rules) {
        Instant periodEnd = instant(time.day().atTime(time.period().to()), rules);
        List<Instant> starts = new ArrayList<>();
        for (LocalDateTime local = time.day().atTime(time.period().from());
             local.toLocalDate().equals(time.day()); local = local.plus(rules.step())) {
            Instant start = instant(local, rules);
            if (start.plus(rules.duration()).isAfter(periodEnd)) {
                break;
            }
            starts.add(start);
        }
        return starts;
    }

    private static boolean isFree(List<BusyTime> taken, Instant start, Instant end, SlotRules rules) {
        for (BusyTime other : taken) {
            boolean clear = !start.isBefore(other.to().plus(rules.buffer()))
                    || !end.plus(rules.buffer()).isAfter(other.from());
            if (!clear) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(LocalDateTime local, SlotRules rules) {
        return ZonedDateTime.of(local, rules.zone()).toInstant();
    }
}
