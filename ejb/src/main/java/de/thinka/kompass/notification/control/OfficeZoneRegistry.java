package de.thinka.kompass.notification.control;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;

/**
 * The time-zone registry of the invitations KOMPASS writes: they only ever name the offices' zone, whose local
 * times come from the JDK's rules, exactly as iCal4j's global lookup would give them. Without a registry iCal4j
 * resolves the TZID of DTSTART and DTEND through {@link TimeZoneRegistry#getGlobalZoneId}, which copies all of
 * the JVM's 600 zone ids and loads a class by name for every value it writes or validates: more than half of the
 * time of writing an invitation (2026-12-07). Any other zone goes the global way as before.
 */
final class OfficeZoneRegistry implements TimeZoneRegistry {

    static final OfficeZoneRegistry INSTANCE = new OfficeZoneRegistry();

    private final ZoneId zone = ZoneId.of(Invitations.ZONE);
    private final Map<String, ZoneRules> rules = Map.of(Invitations.ZONE, zone.getRules());

    private OfficeZoneRegistry() {
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return rules;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return Invitations.ZONE.equals(tzId) ? zone : TimeZoneRegistry.getGlobalZoneId(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        return zoneId;
    }

    @Override
    public TimeZone getTimeZone(String id) {
        throw new UnsupportedOperationException("KOMPASS writes its invitations with the VTIMEZONE it brings along");
    }

    @Override
    public void register(TimeZone timezone) {
        throw new UnsupportedOperationException("the offices' zone is fixed");
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        register(timezone);
    }

    @Override
    public void clear() {
        // nothing registered, nothing to clear
    }
}
