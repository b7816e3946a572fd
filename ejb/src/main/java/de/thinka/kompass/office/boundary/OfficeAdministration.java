package de.thinka.kompass.office.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.office.control.OpeningHoursText;
import de.thinka.kompass.office.control.Slug;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.office.entity.Desk;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OfficeDetails;
import de.thinka.kompass.office.entity.OpeningHours;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.office.control.SharedOfficeCache;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ADMIN keeps the offices: name, ticket letter, address, rooms/desks and opening hours. */
@Stateless
public class OfficeAdministration {

    /** Fired inside the transaction that opened a new office, so other features prepare what it needs. */
    public record OfficeOpened(String officeId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SharedOfficeCache.Changed> cacheChanged;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory directory;

    @Inject
    Event<OfficeOpened> opened;

    @Audited("admin.office.create")
    public Office create(@AuditObject("office") String id, OfficeDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        String officeId = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!officeId.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw Refusal.invalid("office-id");
        }
        if (em.find(Office.class, officeId) != null) {
            throw Refusal.conflict("office-exists", officeId);
        }
        OfficeDetails checked = checked(details, null);
        Office office = new Office(officeId, checked);
        em.persist(office);
        opened.fire(new OfficeOpened(officeId));
        cacheChanged.fire(new SharedOfficeCache.Changed());
        return office;
    }

    @Audited("admin.office.change")
    public Office change(@AuditObject("office") String officeId, OfficeDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        Office office = locked(officeId);
        office.change(checked(details, office.id()));
        return office;
    }

    @Audited("admin.desk.add")
    public Desk addDesk(@AuditObject("office") String officeId, String name) {
        currentStaff.requireRole(Role.ADMIN);
        Office office = locked(officeId);
        String deskName = deskName(name, office, null);
        String code = Slug.of(deskName, 36);
        for (int n = 2; office.desk(code).isPresent(); n++) {
            code = Slug.of(deskName, 36) + "-" + n;
        }
        return office.addDesk(code, deskName);
    }

    @Audited("admin.desk.rename")
    public void renameDesk(@AuditObject("office") String officeId, String code, String name) {
        currentStaff.requireRole(Role.ADMIN);
        Office office = locked(officeId);
        requireDesk(office, code);
        office.renameDesk(code, deskName(name, office, code));
    }

    /** The desk is no longer offered for calling; tickets already called there keep its code. */
    @Audited("admin.desk.remove")
    public void removeDesk(@AuditObject("office") String officeId, String code) {
        currentStaff.requireRole(Role.ADMIN);
        Office office = locked(officeId);
        requireDesk(office, code);
        if (office.desks().size() == 1) {
            throw Refusal.conflict("last-desk");
        }
        office.removeDesk(code);
    }

    /** New opening hours, one text per weekday ("09:00-12:00, 13:00-16:00"; empty: closed that day). */
    @Audited("admin.opening-hours.change")
    public void changeOpeningHours(@AuditObject("office") String officeId, Map<DayOfWeek, String> week) {
        currentStaff.requireRole(Role.ADMIN);
        Office office = locked(officeId);
        Map<DayOfWeek, List<OpeningHours>> parsed = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            parsed.put(day, OpeningHoursText.parse(day, week.get(day)));
        }
        parsed.forEach(office::changeOpeningHours);
    }

    private Office locked(String officeId) {
        Office office = directory.officeToChange(officeId);
        em.lock(office, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        cacheChanged.fire(new SharedOfficeCache.Changed());
        return office;
    }

    private static void requireDesk(Office office, String code) {
        if (code == null || office.desk(code).isEmpty()) {
            throw Refusal.notFound("unknown-desk", code == null ? "" : code);
        }
    }

    private static String deskName(String name, Office office, String ownCode) {
        String deskName = name == null ? "" : name.strip();
        if (deskName.isEmpty() || deskName.length() > 80) {
            throw Refusal.invalid("desk-name", 80);
        }
        boolean taken = office.desks().stream()
                .anyMatch(desk -> desk.name().equalsIgnoreCase(deskName) && !desk.code().equals(ownCode));
        if (taken) {
            throw Refusal.conflict("desk-exists", deskName);
        }
        return deskName;
    }

    /** Every field checked; name and ticket letter must not belong to another office. */
    private OfficeDetails checked(OfficeDetails details, String ownId) {
        String name = strip(details.name());
        String prefix = strip(details.ticketPrefix()).toUpperCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 120) {
            throw Refusal.invalid("office-name", 120);
        }
        if (!prefix.matches("[A-Z]{1,3}")) {
            throw Refusal.invalid("office-prefix");
        }
        var address = details.address();
        if (address == null || strip(address.street()).isEmpty() || strip(address.city()).isEmpty()
                || strip(address.street()).length() > 120 || strip(address.city()).length() > 80) {
            throw Refusal.invalid("office-address");
        }
        if (!strip(address.postalCode()).matches("\\d{5}")) {
            throw Refusal.invalid("office-postal-code");
        }
        String phone = strip(details.phone());
        if (phone.isEmpty() || phone.length() > 40) {
            throw Refusal.invalid("office-phone", 40);
        }
        String email = strip(details.email());
        if (!email.isEmpty()) {
            try {
                new InternetAddress(email, true).validate();
            } catch (AddressException e) {
                throw Refusal.invalid("office-email");
            }
        }
        for (Office other : directory.offices()) {
            if (other.id().equals(ownId)) {
                continue;
            }
            if (other.name().equalsIgnoreCase(name)) {
                throw Refusal.conflict("office-name-taken", name);
            }
            if (other.ticketPrefix().equals(prefix)) {
                throw Refusal.conflict("office-prefix-taken", prefix);
            }
        }
        return new OfficeDetails(name, prefix, new Address(strip(address.street()),
                strip(address.postalCode()), strip(address.city())), phone,
                email.isEmpty() ? null : email);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
