package de.thinka.kompass.handover.entity;

import de.thinka.kompass.audit.boundary.AuditSubject;
import de.thinka.kompass.platform.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A client handed over to a partner's contact person for a meeting. The client's details are kept for the
 * counsellor; what the partner learns is decided item by item by the {@link Consent}. Every change a calendar
 * must learn about raises the iCalendar SEQUENCE; the UID stays for the handover's whole life.
 */
@Entity
@Table(name = "handover")
@NamedQuery(name = Handover.OF_COUNSELLOR, query = "select h from Handover h where h.counsellor = :counsellor"
        + " order by h.startsAt desc, h.id desc")
@NamedQuery(name = Handover.BY_UID, query = "select h from Handover h where h.icalUid = :uid")
@NamedQuery(name = Handover.BY_REPLY_TOKEN, query = "select h from Handover h where h.replyToken = :token")
@NamedQuery(name = Handover.FOR_FEED, query = "select h from Handover h where h.counsellor = :counsellor"
        + " and h.endsAt > :from and h.state <> de.thinka.kompass.handover.entity.HandoverState.DRAFT"
        + " order by h.startsAt")
@NamedQuery(name = Handover.ERASE_OVER_BEFORE, query = "update Handover h set h.clientName = null, h.clientEmail = null, h.clientPhone = null,"
        + " h.note = null, h.consent.name = false, h.consent.phone = false, h.consent.email = false,"
        + " h.consent.concern = false, h.consent.note = false, h.consent.givenAt = null,"
        + " h.consent.recordedBy = null, h.consent.validUntil = null, h.consent.revokedAt = null,"
        + " h.erasedAt = :now, h.version = h.version + 1 where h.erasedAt is null and (h.endsAt < :before"
        + " or (h.state = de.thinka.kompass.handover.entity.HandoverState.WITHDRAWN and h.createdAt < :before))")
@NamedQuery(name = Handover.ERASE_IDS, query = "update Handover h set h.clientName = null, h.clientEmail = null, h.clientPhone = null,"
        + " h.note = null, h.consent.name = false, h.consent.phone = false, h.consent.email = false,"
        + " h.consent.concern = false, h.consent.note = false, h.consent.givenAt = null,"
        + " h.consent.recordedBy = null, h.consent.validUntil = null, h.consent.revokedAt = null,"
        + " h.erasedAt = :now, h.version = h.version + 1 where h.erasedAt is null and h.id in :ids")
public class Handover implements AuditSubject {

    public static final String OF_COUNSELLOR = "Handover.ofCounsellor";
    public static final String BY_UID = "Handover.byUid";
    public static final String BY_REPLY_TOKEN = "Handover.byReplyToken";
    public static final String FOR_FEED = "Handover.forFeed";
    /**
     * Privacy: the client's details and the consent record go once the meeting is over (a withdrawn handover:
     * once it was created) for the given time, or at once on the person's request; the anonymous facts stay.
     */
    public static final String ERASE_OVER_BEFORE = "Handover.eraseOverBefore";
    public static final String ERASE_IDS = "Handover.eraseIds";

    public static final int NOTE_MAX = 2000;
    public static final int LOCATION_MAX = 300;

    @Id
    @SequenceGenerator(name = "handover_seq", sequenceName = "handover_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handover_seq")
    private Long id;

    private String number;

    @Column(name = "ical_uid")
    private String icalUid;

    @Column(name = "reply_token")
    private String replyToken;

    @Column(name = "office_id")
    private String officeId;

    private String counsellor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_contact_id")
    private PartnerContact contact;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "concern_id")
    private String concernId;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String location;

    @Column(name = "client_name")
    private String clientName;

    @Column(name = "client_email")
    private String clientEmail;

    @Column(name = "client_phone")
    private String clientPhone;

    private String note;

    @Embedded
    private Consent consent;

    private boolean discreet;

    @Enumerated(EnumType.STRING)
    private HandoverState state;

    @Column(name = "ical_sequence")
    private int icalSequence;

    @Column(name = "sent_sequence")
    private Integer sentSequence;

    @Column(name = "proposed_start")
    private OffsetDateTime proposedStart;

    @Column(name = "proposed_end")
    private OffsetDateTime proposedEnd;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_via")
    @Enumerated(EnumType.STRING)
    private AnswerChannel answeredVia;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private int version;

    /** How the partner's answer came in. */
    public enum AnswerChannel { LINK, IMAP, STAFF }

    /** The partner's answer to an invitation. */
    public enum Answer { ACCEPTED, DECLINED }

    protected Handover() {
        // JPA
    }

    /** A new handover in state DRAFT. */
    public Handover(String number, String icalUid, String replyToken, String officeId, String counsellor,
                    PartnerContact contact, String concernId, Instant start, Instant end, String location,
                    ClientDetails client, Consent consent, boolean discreet, Instant now) {
        if (!end.isAfter(start)) {
            throw Refusal.invalid("handover-end-before-start");
        }
        this.number = number;
        this.icalUid = icalUid;
        this.replyToken = replyToken;
        this.officeId = officeId;
        this.counsellor = counsellor;
        this.contact = contact;
        this.concernId = concernId;
        this.startsAt = utc(start);
        this.endsAt = utc(end);
        this.location = location;
        this.clientName = client.name();
        this.clientEmail = client.email();
        this.clientPhone = client.phone();
        this.note = client.note();
        this.consent = consent;
        this.discreet = discreet;
        this.state = HandoverState.DRAFT;
        this.createdAt = utc(now);
    }

    /** Started from a ticket in service or from an appointment: remembered for the counsellor's overview. */
    public void cameFrom(Long ticket, Long appointment) {
        this.ticketId = ticket;
        this.appointmentId = appointment;
    }

    /** The invitation (first or again) goes out for the current SEQUENCE. */
    public void invite() {
        requireOpen();
        if (consent.revokedAt().isPresent()) {
            throw Refusal.conflict("handover-consent-revoked", number);
        }
        state = HandoverState.INVITED;
        sentSequence = icalSequence;
        proposedStart = null;
        proposedEnd = null;
    }

    /** New time (and place): the partner gets an update with the same UID and SEQUENCE + 1. */
    public void reschedule(Instant start, Instant end, String newLocation) {
        requireOpen();
        if (!end.isAfter(start)) {
            throw Refusal.invalid("handover-end-before-start");
        }
        startsAt = utc(start);
        endsAt = utc(end);
        if (newLocation != null && !newLocation.isBlank()) {
            location = newLocation.strip();
        }
        if (wasSent()) {
            icalSequence++;
            invite();
        }
    }

    /**
     * The counsellor withdraws the handover. Returns whether the partner must get a CANCEL (only when an
     * invitation went out).
     */
    public boolean withdraw() {
        requireOpen();
        state = HandoverState.WITHDRAWN;
        if (wasSent()) {
            icalSequence++;
            return true;
        }
        return false;
    }

    /**
     * The client revoked consent: nothing more is shared, and an open handover is withdrawn (CANCEL to the
     * partner). Returns whether a CANCEL must go out.
     */
    public boolean revokeConsent(Instant now) {
        consent.revoke(now);
        return state.open() && withdraw();
    }

    /**
     * The partner answered. Answers to an older version (lower SEQUENCE) than the one last sent are ignored,
     * as are answers after the handover was closed. Returns whether the answer was recorded.
     */
    public boolean answer(Answer answer, int sequence, AnswerChannel via, Instant now) {
        if (!state.open() || state == HandoverState.DRAFT || sentSequence == null || sequence < sentSequence) {
            return false;
        }
        state = answer == Answer.ACCEPTED ? HandoverState.ACCEPTED : HandoverState.DECLINED;
        answeredAt = utc(now);
        answeredVia = via;
        return true;
    }

    /** The partner proposed another time (iTIP COUNTER); the counsellor decides. */
    public boolean proposeTime(Instant start, Instant end, int sequence, AnswerChannel via, Instant now) {
        if (!state.open() || state == HandoverState.DRAFT || sentSequence == null || sequence < sentSequence
                || !end.isAfter(start)) {
            return false;
        }
        state = HandoverState.PROPOSED_NEW_TIME;
        proposedStart = utc(start);
        proposedEnd = utc(end);
        answeredAt = utc(now);
        answeredVia = via;
        return true;
    }

    /** After the meeting's start, the counsellor notes whether the client went. */
    public void recordOutcome(boolean attended, Instant now) {
        if (state != HandoverState.ACCEPTED && state != HandoverState.INVITED) {
            throw HandoverProblem.notOpen(number, state);
        }
        if (now.isBefore(start())) {
            throw Refusal.conflict("handover-not-yet", number);
        }
        state = attended ? HandoverState.ATTENDED : HandoverState.NOT_ATTENDED;
    }

    private void requireOpen() {
        if (!state.open()) {
            throw HandoverProblem.notOpen(number, state);
        }
    }

    public boolean wasSent() {
        return sentSequence != null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String icalUid() {
        return icalUid;
    }

    public String replyToken() {
        return replyToken;
    }

    public String officeId() {
        return officeId;
    }

    public String counsellor() {
        return counsellor;
    }

    public PartnerContact contact() {
        return contact;
    }

    public Optional<Long> ticketId() {
        return Optional.ofNullable(ticketId);
    }

    public Optional<Long> appointmentId() {
        return Optional.ofNullable(appointmentId);
    }

    public Optional<String> concernId() {
        return Optional.ofNullable(concernId);
    }

    public Instant start() {
        return startsAt.toInstant();
    }

    public Instant end() {
        return endsAt.toInstant();
    }

    public String location() {
        return location;
    }

    public ClientDetails client() {
        return new ClientDetails(clientName, clientEmail, clientPhone, note);
    }

    public Consent consent() {
        return consent;
    }

    public boolean discreet() {
        return discreet;
    }

    public HandoverState state() {
        return state;
    }

    public int calendarSequence() {
        return icalSequence;
    }

    public Optional<Instant> proposedStart() {
        return Optional.ofNullable(proposedStart).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> proposedEnd() {
        return Optional.ofNullable(proposedEnd).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt).map(OffsetDateTime::toInstant);
    }

    public Optional<AnswerChannel> answeredVia() {
        return Optional.ofNullable(answeredVia);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** When the client's details were erased; empty while they are kept. */
    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt).map(OffsetDateTime::toInstant);
    }

    /** In the audit trail a handover is named by its number. */
    @Override
    public String auditType() {
        return "handover";
    }

    @Override
    public String auditId() {
        return number;
    }

    @Override
    public String auditOffice() {
        return officeId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Handover handover && id != null && id.equals(handover.id);
    }

    @Override
    public int hashCode() {
        return Handover.class.hashCode();
    }
}
