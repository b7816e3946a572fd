package de.thinka.kompass.statistics.entity;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.queue.entity.TicketSource;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One contact that ended, without anything personal: office, day, how the visitor came, concern categories,
 * first contact or not, waiting and service time, outcome. Written once, in the transaction that ended the
 * contact; never changed afterwards. Retention and erasure of tickets and appointments leave it alone.
 */
@Entity
@Table(name = "contact_fact")
@NamedQuery(name = ContactFact.COUNT_FOR_TICKET, query = "select count(f) from ContactFact f where f.ticketId = :ticket")
@NamedQuery(name = ContactFact.COUNT_FOR_APPOINTMENT,
        query = "select count(f) from ContactFact f where f.appointmentId = :appointment")
public class ContactFact {

    public static final String COUNT_FOR_TICKET = "ContactFact.countForTicket";
    public static final String COUNT_FOR_APPOINTMENT = "ContactFact.countForAppointment";

    @Id
    @SequenceGenerator(name = "contact_fact_seq", sequenceName = "contact_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_fact_seq")
    private Long id;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "contact_day")
    private LocalDate contactDay;

    @Enumerated(EnumType.STRING)
    private TicketSource source;

    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome;

    @Column(name = "first_contact")
    private boolean firstContact;

    @Column(name = "wait_seconds")
    private Integer waitSeconds;

    @Column(name = "service_seconds")
    private Integer serviceSeconds;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @ElementCollection
    @CollectionTable(name = "contact_fact_concern", joinColumns = @JoinColumn(name = "fact_id"))
    @Column(name = "concern_id")
    private Set<String> concerns = new TreeSet<>();

    protected ContactFact() {
        // JPA
    }

    private ContactFact(String officeId, LocalDate day, TicketSource source, ContactOutcome outcome,
                        boolean firstContact, Collection<String> concerns, Instant now) {
        this.officeId = officeId;
        this.contactDay = day;
        this.source = source;
        this.outcome = outcome;
        this.firstContact = firstContact;
        this.concerns.addAll(concerns);
        this.recordedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The ticket reached a final state (done, handed over, no-show, left). */
    public static ContactFact endOf(Ticket ticket, Instant now) {
        if (ticket.state().isOpen()) {
            throw new IllegalArgumentException("ticket " + ticket.number() + " is still open");
        }
        ContactFact fact = new ContactFact(ticket.officeId(), ticket.serviceDay(), ticket.source(),
                ContactOutcome.valueOf(ticket.state().name()), ticket.firstContact(), ticket.concerns(), now);
        fact.ticketId = ticket.id();
        fact.waitSeconds = seconds(ticket.waitingTime());
        fact.serviceSeconds = seconds(ticket.serviceTime());
        return fact;
    }

    /** A booked visitor did not come and was not checked in. */
    public static ContactFact missed(Appointment appointment, ZoneId zone, Instant now) {
        ContactFact fact = new ContactFact(appointment.officeId(), appointment.start().atZone(zone).toLocalDate(),
                TicketSource.APPOINTMENT, ContactOutcome.NO_SHOW, false, Set.of(appointment.concernId()), now);
        fact.appointmentId = appointment.id();
        return fact;
    }

    private static Integer seconds(Optional<Duration> duration) {
        return duration.map(d -> (int) Math.min(Integer.MAX_VALUE, d.toSeconds())).orElse(null);
    }

    public String officeId() {
        return officeId;
    }

    public LocalDate contactDay() {
        return contactDay;
    }

    public TicketSource source() {
        return source;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public boolean firstContact() {
        return firstContact;
    }

    public Optional<Integer> waitSeconds() {
        return Optional.ofNullable(waitSeconds);
    }

    public Optional<Integer> serviceSeconds() {
        return Optional.ofNullable(serviceSeconds);
    }

    public Set<String> concerns() {
        return Set.copyOf(concerns);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactFact fact && id != null && id.equals(fact.id);
    }

    @Override
    public int hashCode() {
        return ContactFact.class.hashCode();
    }
}
