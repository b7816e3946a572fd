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
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A booked talk with a counsellor. While it is booked or checked in it holds its start in the counsellor's
 * calendar ({@code held_start}, unique per counsellor); cancelling frees it. Each change a calendar program
 * must learn about raises the iCalendar SEQUENCE.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.HELD_BETWEEN, query = "select a from Appointment a where a.heldStart is not null"
        + " and a.startsAt < :to and a.endsAt > :from")
@NamedQuery(name = Appointment.HELD_BY_COUNSELLOR_BETWEEN, query = "select count(a) from Appointment a"
        + " where a.heldStart is not null and a.counsellor = :counsellor and a.startsAt < :to and a.endsAt > :from"
        + " and a.id <> :except")
@NamedQuery(name = Appointment.OF_OFFICE_BETWEEN, query = "select a from Appointment a where a.officeId = :office"
        + " and a.startsAt >= :from and a.startsAt < :to order by a.startsAt, a.counsellor")
@NamedQuery(name = Appointment.BY_TOKEN, query = "select a from Appointment a where a.manageToken = :token")
@NamedQuery(name = Appointment.BY_REFERENCE, query = "select a from Appointment a where a.reference = :reference")
@NamedQuery(name = Appointment.OPEN_FOR_EMAIL, query = "select count(a) from Appointment a"
        + " where a.state = de.thinka.kompass.appointment.entity.AppointmentState.BOOKED and a.startsAt > :now"
        + " and a.email = :email")
@NamedQuery(name = Appointment.OPEN_FOR_PHONE, query = "select count(a) from Appointment a"
        + " where a.state = de.thinka.kompass.appointment.entity.AppointmentState.BOOKED and a.startsAt > :now"
        + " and a.phone = :phone")
@NamedQuery(name = Appointment.REMINDERS_DUE, query = "select a from Appointment a"
        + " where a.state = de.thinka.kompass.appointment.entity.AppointmentState.BOOKED and a.email is not null"
        + " and a.remindedAt is null and a.startsAt > :now and a.startsAt <= :until order by a.startsAt")
@NamedQuery(name = Appointment.MARK_REMINDED, query = "update Appointment a set a.remindedAt = :now"
        + " where a.id = :id and a.remindedAt is null")
@NamedQuery(name = Appointment.MISSED, query = "select a from Appointment a"
        + " where a.state = de.thinka.kompass.appointment.entity.AppointmentState.BOOKED and a.startsAt < :before")
@NamedQuery(name = Appointment.ERASE_OVER_BEFORE, query = "update Appointment a set a.name = null, a.email = null,"
        + " a.phone = null, a.manageToken = null, a.erasedAt = :now, a.version = a.version + 1"
        + " where a.erasedAt is null and (a.endsAt < :before or a.cancelledAt < :before)")
@NamedQuery(name = Appointment.ERASE_IDS, query = "update Appointment a set a.name = null, a.email = null,"
        + " a.phone = null, a.manageToken = null, a.erasedAt = :now, a.version = a.version + 1"
        + " where a.erasedAt is null and a.id in :ids")
public class Appointment {

    /** The languages of the mails about a booking; other page languages (Leichte Sprache) get German mails. */
    public static final Set<String> MAIL_LANGUAGES = Set.of("de", "en", "uk", "ar");

    public static final String HELD_BETWEEN = "Appointment.heldBetween";
    public static final String HELD_BY_COUNSELLOR_BETWEEN = "Appointment.heldByCounsellorBetween";
    public static final String OF_OFFICE_BETWEEN = "Appointment.ofOfficeBetween";
    public static final String BY_TOKEN = "Appointment.byToken";
    public static final String BY_REFERENCE = "Appointment.byReference";
    public static final String OPEN_FOR_EMAIL = "Appointment.openForEmail";
    public static final String OPEN_FOR_PHONE = "Appointment.openForPhone";
    public static final String REMINDERS_DUE = "Appointment.remindersDue";
    public static final String MISSED = "Appointment.missed";
    /**
     * Privacy: name, e-mail, phone and the manage link go once the talk is over (or was cancelled) for the
     * given time, or at once on the person's request; the anonymous facts stay.
     */
    public static final String ERASE_OVER_BEFORE = "Appointment.eraseOverBefore";
    public static final String ERASE_IDS = "Appointment.eraseIds";
    /** Shown instead of the name once it is erased. */
    public static final String ERASED_NAME = "–";
    /** Bookkeeping without a new version, so that a reminder never collides with the citizen's own change. */
    public static final String MARK_REMINDED = "Appointment.markReminded";

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    private String reference;

    @Column(name = "manage_token")
    private String manageToken;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "concern_id")
    private String concernId;

    private String counsellor;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "held_start")
    private OffsetDateTime heldStart;

    private String name;

    private String email;

    private String phone;

    private String language;

    @Enumerated(EnumType.STRING)
    private AppointmentState state;

    @Enumerated(EnumType.STRING)
    private BookingChannel channel;

    @Column(name = "booked_by")
    private String bookedBy;

    @Column(name = "ical_sequence")
    private int icalSequence;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "no_show_at")
    private OffsetDateTime noShowAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private int version;

    protected Appointment() {
        // JPA
    }

    /** A new booking; {@code bookedBy} is the staff member for phone and desk bookings, null online. */
    public Appointment(String reference, String manageToken, String officeId, String concernId, String counsellor,
                       Instant start, Instant end, Contact contact, String language, BookingChannel channel,
                       String bookedBy, Instant now) {
        this.reference = reference;
        this.manageToken = manageToken;
        this.officeId = officeId;
        this.concernId = concernId;
        this.counsellor = counsellor;
        this.startsAt = utc(start);
        this.endsAt = utc(end);
        this.heldStart = this.startsAt;
        this.name = contact.name();
        this.email = contact.email();
        this.phone = contact.phone();
        this.language = language != null && MAIL_LANGUAGES.contains(language) ? language : "de";
        this.state = AppointmentState.BOOKED;
        this.channel = channel;
        this.bookedBy = bookedBy;
        this.createdAt = utc(now);
    }

    /** Moves the talk (possibly to another counsellor); calendars get the update as SEQUENCE + 1. */
    public void reschedule(String newCounsellor, Instant start, Instant end) {
        requireOpen();
        this.counsellor = newCounsellor;
        this.startsAt = utc(start);
        this.endsAt = utc(end);
        this.heldStart = this.startsAt;
        this.remindedAt = null;
        this.icalSequence++;
    }

    /** Frees the time; calendars get a CANCEL with SEQUENCE + 1. */
    public void cancel(Instant now) {
        requireOpen();
        this.state = AppointmentState.CANCELLED;
        this.heldStart = null;
        this.cancelledAt = utc(now);
        this.icalSequence++;
    }

    /** The visitor has arrived and waits in the queue as the given ticket. */
    public void checkIn(long ticket, Instant now) {
        requireOpen();
        this.state = AppointmentState.CHECKED_IN;
        this.ticketId = ticket;
        this.checkedInAt = utc(now);
    }

    /** Nobody came within the grace period. The time stays held: it has passed anyway. */
    public void markNoShow(Instant now) {
        requireOpen();
        this.state = AppointmentState.NO_SHOW;
        this.noShowAt = utc(now);
    }

    public void markReminded(Instant now) {
        this.remindedAt = utc(now);
    }

    /** Refuses with the state's own sentence unless the appointment is still booked. */
    public void requireOpen() {
        if (state != AppointmentState.BOOKED) {
            throw Refusal.conflict("booking-not-open." + state.name().toLowerCase(Locale.ROOT), reference);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String manageToken() {
        return manageToken;
    }

    public String officeId() {
        return officeId;
    }

    public String concernId() {
        return concernId;
    }

    public String counsellor() {
        return counsellor;
    }

    public Instant start() {
        return startsAt.toInstant();
    }

    public Instant end() {
        return endsAt.toInstant();
    }

    /** Who the appointment is for; after erasure a dash and nothing to reach them by. */
    public Contact contact() {
        return erasedAt == null ? new Contact(name, email, phone) : new Contact(ERASED_NAME, null, null);
    }

    /** When the personal fields were erased; empty while they are kept. */
    public Optional<Instant> erasedAt() {
        return optional(erasedAt);
    }

    public Optional<Instant> cancelledAt() {
        return optional(cancelledAt);
    }

    public Optional<Instant> checkedInAt() {
        return optional(checkedInAt);
    }

    public Optional<Instant> noShowAt() {
        return optional(noShowAt);
    }

    private static Optional<Instant> optional(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }

    public String language() {
        return language;
    }

    public AppointmentState state() {
        return state;
    }

    public boolean isOpen() {
        return state == AppointmentState.BOOKED;
    }

    public BookingChannel channel() {
        return channel;
    }

    public Optional<String> bookedBy() {
        return Optional.ofNullable(bookedBy);
    }

    /** The iCalendar SEQUENCE of the current state. */
    public int calendarSequence() {
        return icalSequence;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Optional<Long> ticketId() {
        return Optional.ofNullable(ticketId);
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt).map(OffsetDateTime::toInstant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment appointment && id != null && id.equals(appointment.id);
    }

    @Override
    public int hashCode() {
        return Appointment.class.hashCode();
    }
}
