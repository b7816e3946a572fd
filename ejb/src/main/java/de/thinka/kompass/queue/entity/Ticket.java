package de.thinka.kompass.queue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.thinka.kompass.platform.boundary.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A visitor's place in an office's queue for one day. Anonymous by design: a number, an optional pseudonym,
 * an optional concern category, and an unguessable token for the visitor's own status page.
 * The state changes only through the methods below, which refuse what the state does not allow.
 */
@Entity
@Table(name = "ticket")
// the further concerns of all open tickets in one more query, not one per ticket (snapshots show them all)
@NamedQuery(name = Ticket.OPEN_OF_DAY, query = "select t from Ticket t where t.officeId = :office"
        + " and t.serviceDay = :day and t.state in (de.thinka.kompass.queue.entity.TicketState.WAITING,"
        + " de.thinka.kompass.queue.entity.TicketState.CALLED, de.thinka.kompass.queue.entity.TicketState.IN_SERVICE)",
        hints = {@QueryHint(name = "eclipselink.batch", value = "t.furtherConcerns"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Ticket.BY_TOKEN, query = "select t from Ticket t where t.token = :token")
@NamedQuery(name = Ticket.FINISHED_OF_DAY, query = "select t from Ticket t where t.officeId = :office"
        + " and t.serviceDay = :day and t.state = de.thinka.kompass.queue.entity.TicketState.DONE"
        + " and t.startedAt is not null order by t.finishedAt desc")
@NamedQuery(name = Ticket.DESKS_ACTIVE_SINCE, query = "select count(distinct t.deskCode) from Ticket t"
        + " where t.officeId = :office and t.serviceDay = :day and t.calledAt >= :since")
@NamedQuery(name = Ticket.LEFT_OPEN_BEFORE, query = "select t from Ticket t where t.officeId = :office"
        + " and t.serviceDay < :day and t.state in (de.thinka.kompass.queue.entity.TicketState.WAITING,"
        + " de.thinka.kompass.queue.entity.TicketState.CALLED, de.thinka.kompass.queue.entity.TicketState.IN_SERVICE)")
@NamedQuery(name = Ticket.ERASE_ISSUED_BEFORE, query = "update Ticket t set t.pseudonym = null, t.token = null,"
        + " t.erasedAt = :now, t.version = t.version + 1 where t.erasedAt is null and t.issuedAt < :before")
@NamedQuery(name = Ticket.ERASE_IDS, query = "update Ticket t set t.pseudonym = null, t.token = null,"
        + " t.erasedAt = :now, t.version = t.version + 1 where t.erasedAt is null and t.id in :ids")
public class Ticket {

    public static final String OPEN_OF_DAY = "Ticket.openOfDay";
    public static final String BY_TOKEN = "Ticket.byToken";
    public static final String FINISHED_OF_DAY = "Ticket.finishedOfDay";
    public static final String DESKS_ACTIVE_SINCE = "Ticket.desksActiveSince";
    public static final String LEFT_OPEN_BEFORE = "Ticket.leftOpenBefore";
    /** Privacy: the call name and the visitor's link go, the anonymous facts stay (bulk, parameters now, before/ids). */
    public static final String ERASE_ISSUED_BEFORE = "Ticket.eraseIssuedBefore";
    public static final String ERASE_IDS = "Ticket.eraseIds";

    /** Longest pseudonym or first name we keep; it is only a call name, nothing more. */
    public static final int PSEUDONYM_MAX = 40;

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "service_day")
    private LocalDate serviceDay;

    @Column(name = "day_number")
    private int dayNumber;

    private String number;

    private String token;

    @Column(name = "concern_id")
    private String concernId;

    private String pseudonym;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private TicketSource source;

    @Enumerated(EnumType.STRING)
    private TicketState state;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    /** The moment that counts for the order: arrival, or the appointment time of a checked-in appointment. */
    @Column(name = "queued_at")
    private OffsetDateTime queuedAt;

    @Column(name = "called_at")
    private OffsetDateTime calledAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "no_show_at")
    private OffsetDateTime noShowAt;

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    @Column(name = "handed_over_at")
    private OffsetDateTime handedOverAt;

    /** The first call and the first start: recalls, requeues and transfers leave them as they are. */
    @Column(name = "first_called_at")
    private OffsetDateTime firstCalledAt;

    @Column(name = "first_started_at")
    private OffsetDateTime firstStartedAt;

    /** Ticked by reception when the visitor comes for the first time (optional; visits are anonymous). */
    @Column(name = "first_contact")
    private boolean firstContact;

    /** Concern categories the counsellor added during the talk, besides {@link #concernId}. */
    @ElementCollection
    @CollectionTable(name = "ticket_concern", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "concern_id")
    private Set<String> furtherConcerns = new TreeSet<>();

    @Column(name = "call_count")
    private int callCount;

    @Column(name = "desk_code")
    private String deskCode;

    private String counsellor;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private int version;

    protected Ticket() {
        // JPA
    }

    private Ticket(String officeId, LocalDate serviceDay, int dayNumber, String prefix, String token,
                   String concernId, String pseudonym, Priority priority, TicketSource source,
                   Instant queuedAt, Instant now) {
        this.officeId = officeId;
        this.serviceDay = serviceDay;
        this.dayNumber = dayNumber;
        this.number = formatNumber(prefix, dayNumber);
        this.token = token;
        this.concernId = concernId;
        this.pseudonym = cleanPseudonym(pseudonym);
        this.priority = priority == null ? Priority.NORMAL : priority;
        this.source = source;
        this.state = TicketState.WAITING;
        this.issuedAt = utc(now);
        this.queuedAt = utc(queuedAt);
    }

    /** A walk-in visitor takes a number now. */
    public static Ticket walkIn(String officeId, LocalDate day, int dayNumber, String prefix, String token,
                                String concernId, String pseudonym, Priority priority, Instant now) {
        return new Ticket(officeId, day, dayNumber, prefix, token, concernId, pseudonym, priority,
                TicketSource.WALK_IN, now, now);
    }

    /** A booked visitor checks in; their place counts from the appointment time. */
    public static Ticket checkIn(String officeId, LocalDate day, int dayNumber, String prefix, String token,
                                 String concernId, String pseudonym, Instant appointmentStart, Instant now) {
        return new Ticket(officeId, day, dayNumber, prefix, token, concernId, pseudonym, Priority.NORMAL,
                TicketSource.APPOINTMENT, appointmentStart, now);
    }

    /** "A-017": the office's prefix and the day's running number, at least three digits. */
    public static String formatNumber(String prefix, int dayNumber) {
        return prefix + "-" + String.format("%03d", dayNumber);
    }

    static String cleanPseudonym(String pseudonym) {
        if (pseudonym == null || pseudonym.isBlank()) {
            return null;
        }
        String clean = pseudonym.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > PSEUDONYM_MAX ? clean.substring(0, PSEUDONYM_MAX) : clean;
    }

    // --- state changes ------------------------------------------------------------------------------------

    /** A desk calls this visitor (first call). */
    public void call(String desk, String by, Instant now) {
        require(TicketState.WAITING, TicketAction.CALL);
        state = TicketState.CALLED;
        deskCode = desk;
        counsellor = by;
        callCount = 1;
        calledAt = utc(now);
        if (firstCalledAt == null) {
            firstCalledAt = calledAt;
        }
    }

    /** The visitor did not come: call again, at most {@code maxCalls} calls in all. */
    public void recall(Instant now, int maxCalls) {
        require(TicketState.CALLED, TicketAction.RECALL);
        if (callCount >= maxCalls) {
            throw new TooManyCalls(number, maxCalls);
        }
        callCount++;
        calledAt = utc(now);
    }

    /** The visitor arrived at the desk; the talk begins. */
    public void start(Instant now) {
        require(TicketState.CALLED, TicketAction.START);
        state = TicketState.IN_SERVICE;
        startedAt = utc(now);
        if (firstStartedAt == null) {
            firstStartedAt = startedAt;
        }
    }

    public void finish(Instant now) {
        require(TicketState.IN_SERVICE, TicketAction.FINISH);
        state = TicketState.DONE;
        finishedAt = utc(now);
    }

    /** Called and did not come: allowed after at least one call. */
    public void noShow(Instant now) {
        require(TicketState.CALLED, TicketAction.NO_SHOW);
        state = TicketState.NO_SHOW;
        noShowAt = utc(now);
    }

    /** Back into the queue at the original place (e.g. the visitor stepped out); the desk is free again. */
    public void requeue(Instant now) {
        require(TicketState.CALLED, TicketAction.REQUEUE);
        state = TicketState.WAITING;
        deskCode = null;
        counsellor = null;
        callCount = 0;
        calledAt = null;
    }

    /** The visitor went away before being called. */
    public void leave(Instant now) {
        require(TicketState.WAITING, TicketAction.LEAVE);
        state = TicketState.LEFT;
        leftAt = utc(now);
    }

    /** The talk ended with a handover to a partner agency. */
    public void handOver(Instant now) {
        require(TicketState.IN_SERVICE, TicketAction.HAND_OVER);
        state = TicketState.HANDED_OVER;
        handedOverAt = utc(now);
    }

    /** Sends a called or served visitor to another desk and/or counsellor: they are called there anew. */
    public void transfer(String desk, String toCounsellor, Instant now) {
        if (state != TicketState.CALLED && state != TicketState.IN_SERVICE) {
            throw new IllegalTicketTransition(number, state, TicketAction.TRANSFER);
        }
        state = TicketState.CALLED;
        deskCode = desk;
        counsellor = toCounsellor;
        callCount = 1;
        calledAt = utc(now);
        startedAt = null;
    }

    /** The day is over: whoever is still waiting or called has left. */
    public void closeAtEndOfDay(Instant now) {
        if (state == TicketState.WAITING || state == TicketState.CALLED) {
            state = TicketState.LEFT;
            leftAt = utc(now);
        } else if (state == TicketState.IN_SERVICE) {
            state = TicketState.DONE;
            finishedAt = utc(now);
        }
    }

    /** Reception noted that this is the visitor's first contact with KOMPASS. */
    public void noteFirstContact() {
        firstContact = true;
    }

    /**
     * The talk touches a further concern category. The first one becomes the ticket's concern; later ones are
     * kept beside it. Returns whether anything changed (a known category is not added twice).
     */
    public boolean addConcern(String concern) {
        if (state != TicketState.IN_SERVICE) {
            throw Refusal.conflict("ticket-not-in-service", number);
        }
        if (concernId == null) {
            concernId = concern;
            return true;
        }
        return !concernId.equals(concern) && furtherConcerns.add(concern);
    }

    private void require(TicketState expected, TicketAction action) {
        if (state != expected) {
            throw new IllegalTicketTransition(number, state, action);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    // --- reading --------------------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public String officeId() {
        return officeId;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public String number() {
        return number;
    }

    public String token() {
        return token;
    }

    public Optional<String> concernId() {
        return Optional.ofNullable(concernId);
    }

    public Optional<String> pseudonym() {
        return Optional.ofNullable(pseudonym);
    }

    public Priority priority() {
        return priority;
    }

    public TicketSource source() {
        return source;
    }

    public TicketState state() {
        return state;
    }

    public Instant issuedAt() {
        return instant(issuedAt);
    }

    public Instant queuedAt() {
        return instant(queuedAt);
    }

    /** When the personal fields (pseudonym, token) were erased; empty while they are kept. */
    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(instant(erasedAt));
    }

    public Optional<Instant> calledAt() {
        return Optional.ofNullable(instant(calledAt));
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(instant(startedAt));
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(instant(finishedAt));
    }

    /** Every concern category of the visit: the first one, then those added during the talk. */
    public List<String> concerns() {
        List<String> all = new ArrayList<>();
        concernId().ifPresent(all::add);
        all.addAll(furtherConcerns);
        return all;
    }

    public boolean firstContact() {
        return firstContact;
    }

    /**
     * From arrival to the first call; for a booked visitor who came early, from the appointment time.
     * Empty when the visitor was never called.
     */
    public Optional<Duration> waitingTime() {
        if (firstCalledAt == null) {
            return Optional.empty();
        }
        Instant since = queuedAt().isAfter(issuedAt()) ? queuedAt() : issuedAt();
        Duration waited = Duration.between(since, firstCalledAt.toInstant());
        return Optional.of(waited.isNegative() ? Duration.ZERO : waited);
    }

    /** From the first start of the talk to its end (done or handed over); empty when no talk took place. */
    public Optional<Duration> serviceTime() {
        OffsetDateTime end = finishedAt != null ? finishedAt : handedOverAt;
        if (firstStartedAt == null || end == null) {
            return Optional.empty();
        }
        Duration served = Duration.between(firstStartedAt, end);
        return Optional.of(served.isNegative() ? Duration.ZERO : served);
    }

    public int callCount() {
        return callCount;
    }

    public Optional<String> deskCode() {
        return Optional.ofNullable(deskCode);
    }

    public Optional<String> counsellor() {
        return Optional.ofNullable(counsellor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket ticket && id != null && id.equals(ticket.id);
    }

    @Override
    public int hashCode() {
        return Ticket.class.hashCode();
    }

    @Override
    public String toString() {
        return "Ticket " + number + " " + state;
    }
}
