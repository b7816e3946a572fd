package de.thinka.kompass.handover.control;

import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.entity.ClientDetails;
import de.thinka.kompass.handover.entity.Consent;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/** Handovers for the unit tests: a Berlin wall-clock start, the given consent, discreet unless told otherwise. */
final class HandoverExamples {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final ClientDetails CLIENT = new ClientDetails("Jürgen Müller", "juergen@example.org", "0176 5550123",
            "Bitte Mahnbescheid mitbringen");

    private HandoverExamples() {
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    static Handover handover(String start, int minutes, Set<ConsentItem> consent, boolean discreet) {
        Partner partner = new Partner("schuldnerberatung", "Schuldner- und Insolvenzberatung Ilm-Kreis",
                PartnerType.DEBT_COUNSELLING, new Address("Bahnhofstraße 8", "99310", "Arnstadt"), null, Set.of("arnstadt"));
        PartnerContact contact = partner.addContact("Frau Jana Köhler", "j.koehler@schuldnerberatung.example", null);
        Instant begin = berlin(start);
        Handover handover = new Handover("H-2026-0042", "uebergabe-H-2026-0042-abcdefgh@kompass.thinka-ilm-kreis.de",
                "t".repeat(32), "arnstadt", "beratung-arnstadt", contact, "schulden", begin,
                begin.plusSeconds(60L * minutes), "Schuldner- und Insolvenzberatung Ilm-Kreis, Bahnhofstraße 8, 99310 Arnstadt",
                CLIENT, new Consent(consent, NOW, "beratung-arnstadt", LocalDate.parse("2026-12-31")), discreet, NOW);
        set(handover, "id", 42L);
        return handover;
    }

    static HandoverFacts facts(Handover handover) {
        return new HandoverFacts(handover, office(), "Beratung Arnstadt", "beratung-arnstadt@kompass.example", concern());
    }

    static Office office() {
        Office office = instance(Office.class);
        set(office, "id", "arnstadt");
        set(office, "name", "KOMPASS Arnstadt");
        set(office, "address", new Address("Markt 1", "99310", "Arnstadt"));
        set(office, "phone", "03628 0000");
        set(office, "email", "kompass-arnstadt@thinka-ilm-kreis.de");
        return office;
    }

    static Concern concern() {
        Concern concern = instance(Concern.class);
        set(concern, "id", "schulden");
        set(concern, "nameDe", "Ver-/Überschuldung");
        set(concern, "nameEn", "Debt and over-indebtedness");
        return concern;
    }

    private static <T> T instance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
