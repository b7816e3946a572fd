package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.Availability;
import de.thinka.kompass.appointment.control.BookingSettings;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Free appointment times: for citizens within the online booking rules, for staff from now on. */
@Stateless
public class SlotSearch {

    /** Longest range one search may cover (a little more than the 8-week window). */
    static final int MAX_DAYS = 70;
    /** How far ahead staff may book on someone's behalf. */
    static final Duration STAFF_HORIZON = Duration.ofDays(366);

    @Inject
    OfficeDirectory directory;

    @Inject
    Availability availability;

    @Inject
    BookingSettings settings;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** What citizens can book online: concerns bookable online, from the lead time to the end of the window. */
    public SlotList forCitizens(String officeId, String concernId, LocalDate from, LocalDate to) {
        Office office = directory.office(officeId);
        Concern concern = concern(concernId, true);
        Instant now = clock.instant();
        return search(office, concern, from, to, now.plus(settings.leadTime()), now.plus(settings.window()));
    }

    /** What staff can book on someone's behalf: any active concern, from now on. */
    public SlotList forStaff(String officeId, String concernId, LocalDate from, LocalDate to) {
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION, Role.COUNSELLOR);
        Instant now = clock.instant();
        return search(office, concern(concernId, false), from, to, now, now.plus(STAFF_HORIZON));
    }

    /**
     * The concern to book for (read only); refuses unknown ones and, online, those that
     * need a personal word first.
     */
    public Concern concern(String concernId, boolean online) {
        Concern concern = directory.concernToRead(concernId);
        if (concern == null || !concern.active()) {
            throw Refusal.invalid("unknown-concern", concernId == null ? "" : concernId);
        }
        if (online && !concern.bookableOnline()) {
            throw Refusal.invalid("concern-not-online", concern.nameDe());
        }
        return concern;
    }

    private SlotList search(Office office, Concern concern, LocalDate from, LocalDate to, Instant earliest, Instant latest) {
        LocalDate today = LocalDate.now(clock.withZone(BookingSettings.ZONE));
        LocalDate first = from == null ? today : from;
        LocalDate last = to == null ? first.plusDays(settings.window().toDays()) : to;
        if (last.isBefore(first)) {
            throw Refusal.invalid("range-reversed");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Refusal.invalid("range-too-long", MAX_DAYS);
        }
        return new SlotList(office, concern, first, last,
                availability.slots(office.id(), concern.duration(), first, last, earliest, latest, null));
    }
}
