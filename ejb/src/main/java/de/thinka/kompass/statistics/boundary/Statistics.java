package de.thinka.kompass.statistics.boundary;

import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.boundary.RoleMissing;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import de.thinka.kompass.statistics.boundary.StatisticsReport.ConcernFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.DurationFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.HandoverFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.TimeFigures;
import de.thinka.kompass.statistics.control.ContactTally;
import de.thinka.kompass.statistics.control.DayCount;
import de.thinka.kompass.statistics.control.Granularity;
import de.thinka.kompass.statistics.control.Percentiles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The funder report for ADMIN: everything is counted from the anonymous facts (contact_fact, handover_fact),
 * so the figures stay the same after retention erased names and contacts. The database counts per day,
 * concern and partner type; periods and percentiles are computed here.
 */
@Stateless
public class Statistics {

    /** Longest range one report covers. */
    public static final int MAX_YEARS = 10;
    /** Most periods (rows, chart points) one report has; longer ranges need a longer period. */
    public static final int MAX_PERIODS = 400;

    private static final String CONTACTS = "select new de.thinka.kompass.statistics.control.DayCount(f.officeId,"
            + " f.contactDay, f.source, f.outcome, f.firstContact, count(f)) from ContactFact f"
            + " where f.contactDay between :from and :to and f.officeId in :offices"
            + " group by f.officeId, f.contactDay, f.source, f.outcome, f.firstContact";
    private static final String SERVED = " and f.outcome in (de.thinka.kompass.statistics.entity.ContactOutcome.DONE,"
            + " de.thinka.kompass.statistics.entity.ContactOutcome.HANDED_OVER)";
    private static final String CONCERNS = "select c, count(f) from ContactFact f join f.concerns c"
            + " where f.contactDay between :from and :to and f.officeId in :offices" + SERVED + " group by c";
    private static final String HANDOVERS = "select f.partnerType, f.outcome, count(f) from HandoverFact f"
            + " where f.handoverDay between :from and :to and f.officeId in :offices group by f.partnerType, f.outcome";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory directory;

    /**
     * @param office one office, or null/blank for all offices of the caller
     */
    public StatisticsReport report(LocalDate from, LocalDate to, Granularity granularity, String office) {
        List<Office> offices = offices(office);
        requireRange(from, to, granularity);
        List<String> ids = offices.stream().map(Office::id).toList();
        ContactTally tally = new ContactTally(withRange(em.createQuery(CONTACTS, DayCount.class), from, to, ids)
                .getResultList());
        return new StatisticsReport(from, to, granularity, offices, tally.periods(granularity, from, to, ids),
                concerns(from, to, ids), tally.sources(), tally.firstContacts(), times(from, to, ids),
                handovers(from, to, ids));
    }

    private List<Office> offices(String office) {
        StaffAccount caller = currentStaff.account();
        if (!caller.has(Role.ADMIN)) {
            throw new RoleMissing();
        }
        if (office != null && !office.isBlank()) {
            return List.of(currentStaff.requireOffice(office, Role.ADMIN));
        }
        return directory.offices().stream().filter(o -> caller.worksFor(o.id())).toList();
    }

    private static void requireRange(LocalDate from, LocalDate to, Granularity granularity) {
        if (from == null || to == null || granularity == null || to.isBefore(from)
                || to.isAfter(from.plusYears(MAX_YEARS))) {
            throw Refusal.invalid("statistics-range", MAX_YEARS);
        }
        if (granularity.periods(from, to).size() > MAX_PERIODS) {
            throw Refusal.invalid("statistics-too-many-periods", MAX_PERIODS);
        }
    }

    private List<ConcernFigures> concerns(LocalDate from, LocalDate to, List<String> offices) {
        Map<String, Long> counted = new LinkedHashMap<>();
        withRange(em.createQuery(CONCERNS, Object[].class), from, to, offices).getResultList()
                .forEach(row -> counted.put((String) row[0], ((Number) row[1]).longValue()));
        return counted.entrySet().stream()
                .map(entry -> new ConcernFigures(em.find(Concern.class, entry.getKey()), entry.getValue()))
                .filter(figures -> figures.concern() != null)
                .sorted(Comparator.comparingLong(ConcernFigures::contacts).reversed()
                        .thenComparing(figures -> figures.concern().id()))
                .toList();
    }

    private List<TimeFigures> times(LocalDate from, LocalDate to, List<String> offices) {
        Map<String, List<Integer>> waits = durations("waitSeconds", "", from, to, offices);
        Map<String, List<Integer>> services = durations("serviceSeconds", SERVED, from, to, offices);
        List<TimeFigures> times = new ArrayList<>();
        offices.forEach(office -> times.add(new TimeFigures(office, figures(waits.get(office)),
                figures(services.get(office)))));
        times.add(new TimeFigures(null, figures(all(waits)), figures(all(services))));
        return times;
    }

    /** Durations per office, each list sorted ascending by the database. */
    private Map<String, List<Integer>> durations(String field, String condition, LocalDate from, LocalDate to,
                                                 List<String> offices) {
        Map<String, List<Integer>> byOffice = new LinkedHashMap<>();
        offices.forEach(office -> byOffice.put(office, new ArrayList<>()));
        String query = "select f.officeId, f." + field + " from ContactFact f where f.contactDay between :from and :to"
                + " and f.officeId in :offices and f." + field + " is not null" + condition + " order by f." + field;
        withRange(em.createQuery(query, Object[].class), from, to, offices).getResultStream()
                .forEach(row -> byOffice.get((String) row[0]).add(((Number) row[1]).intValue()));
        return byOffice;
    }

    private static List<Integer> all(Map<String, List<Integer>> byOffice) {
        return byOffice.values().stream().flatMap(List::stream).sorted().toList();
    }

    static DurationFigures figures(List<Integer> sorted) {
        return new DurationFigures(sorted.size(), value(Percentiles.of(sorted, 0.5)), value(Percentiles.of(sorted, 0.9)));
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private List<HandoverFigures> handovers(LocalDate from, LocalDate to, List<String> offices) {
        Map<PartnerType, Map<HandoverState, Long>> counted = new EnumMap<>(PartnerType.class);
        withRange(em.createQuery(HANDOVERS, Object[].class), from, to, offices).getResultList()
                .forEach(row -> counted.computeIfAbsent((PartnerType) row[0], type -> new EnumMap<>(HandoverState.class))
                        .merge((HandoverState) row[1], ((Number) row[2]).longValue(), Long::sum));
        return counted.entrySet().stream().map(entry -> new HandoverFigures(entry.getKey(), entry.getValue(),
                entry.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }

    private static <T> TypedQuery<T> withRange(TypedQuery<T> query, LocalDate from, LocalDate to, List<String> offices) {
        // an empty IN list is not valid SQL everywhere; no office id is blank
        return query.setParameter("from", from).setParameter("to", to)
                .setParameter("offices", offices.isEmpty() ? List.of("") : offices);
    }
}
