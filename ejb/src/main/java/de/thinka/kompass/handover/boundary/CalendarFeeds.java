package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.audit.boundary.Audited;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentState;
import de.thinka.kompass.handover.entity.CalendarFeed;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.Party;
import de.thinka.kompass.notification.control.Invitations;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.boundary.SecretTokens;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A counsellor's own subscribable calendar at {@code /ical/{token}.ics}: their appointments and handovers
 * from 30 days back. The secret token is the only key; a new one replaces it, deleting revokes it. The feed
 * names references, concerns and partners, never a client.
 */
@Stateless
public class CalendarFeeds {

    static final Duration HISTORY = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory offices;

    @Inject
    Clock clock;

    /** A new secret address for the caller's feed; any earlier one stops working. */
    @Audited("handover.feed-issue")
    public String issue() {
        StaffAccount caller = currentStaff.account();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        String token = SecretTokens.next();
        if (feed == null) {
            em.persist(new CalendarFeed(caller.username(), token, clock.instant()));
        } else {
            feed.renew(token, clock.instant());
        }
        return token;
    }

    @Audited("handover.feed-revoke")
    public void revoke() {
        StaffAccount caller = currentStaff.account();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        if (feed != null) {
            em.remove(feed);
        }
    }

    /** The iCalendar text behind a token; {@code unknown-feed} for anything else. */
    public String feed(String token) {
        if (!SecretTokens.looksValid(token)) {
            throw Refusal.notFound("unknown-feed");
        }
        CalendarFeed feed = em.createNamedQuery(CalendarFeed.BY_TOKEN, CalendarFeed.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("unknown-feed"));
        StaffAccount counsellor = em.find(StaffAccount.class, feed.username());
        Instant from = clock.instant().minus(HISTORY);
        Instant stamp = clock.instant();
        List<Meeting> events = new ArrayList<>();
        em.createQuery("select a from Appointment a where a.counsellor = :counsellor and a.endsAt > :from"
                        + " order by a.startsAt", Appointment.class)
                .setParameter("counsellor", feed.username()).setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setMaxResults(2000).getResultStream()
                .forEach(appointment -> events.add(appointmentEvent(appointment, counsellor, stamp)));
        em.createNamedQuery(Handover.FOR_FEED, Handover.class).setParameter("counsellor", feed.username())
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setMaxResults(2000).getResultStream()
                .forEach(handover -> events.add(handoverEvent(handover, counsellor, stamp)));
        return Invitations.publish(events);
    }

    private Meeting appointmentEvent(Appointment appointment, StaffAccount counsellor, Instant stamp) {
        Office office = offices.office(appointment.officeId());
        Concern concern = em.find(Concern.class, appointment.concernId());
        boolean cancelled = appointment.state() == AppointmentState.CANCELLED;
        return new Meeting(Meeting.REQUEST, "feed-termin-" + appointment.reference() + "@kompass.thinka-ilm-kreis.de",
                appointment.calendarSequence(), stamp, appointment.start(), appointment.end(),
                "Termin " + appointment.reference() + (concern == null ? "" : " – " + concern.nameDe()),
                "Buchung " + appointment.reference(), office.name() + ", " + office.address(),
                organizer(counsellor, office), List.of(), cancelled ? "CANCELLED" : "CONFIRMED");
    }

    private Meeting handoverEvent(Handover handover, StaffAccount counsellor, Instant stamp) {
        Office office = offices.office(handover.officeId());
        boolean cancelled = handover.state() == HandoverState.WITHDRAWN;
        boolean tentative = handover.state() == HandoverState.INVITED || handover.state() == HandoverState.PROPOSED_NEW_TIME;
        return new Meeting(Meeting.REQUEST, "feed-" + handover.icalUid(), handover.calendarSequence(), stamp,
                handover.start(), handover.end(),
                "Übergabe " + handover.number() + " – " + handover.contact().partner().name(),
                "Stand: " + handover.state().name(), handover.location(), organizer(counsellor, office), List.of(),
                cancelled ? "CANCELLED" : tentative ? "TENTATIVE" : "CONFIRMED");
    }

    private static Party organizer(StaffAccount counsellor, Office office) {
        String email = counsellor == null ? office.email() : counsellor.email().orElse(office.email());
        return Party.organizer(counsellor == null ? office.name() : counsellor.displayName(), email);
    }
}
