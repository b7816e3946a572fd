package de.thinka.kompass.settings.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.settings.entity.StoredSetting;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** ADMIN reads and changes the settings on the settings page. */
@Stateless
public class SettingsAdministration {

    /** One setting as the settings page shows it: the value in its unit and where it comes from. */
    public record SettingView(SettingKey key, String shown, Settings.Source source) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<Settings.Changed> changed;

    public List<SettingView> all() {
        currentStaff.requireRole(Role.ADMIN);
        return Arrays.stream(SettingKey.values())
                .map(key -> new SettingView(key, key.shown(settings.value(key)), settings.source(key))).toList();
    }

    /**
     * Stores the given settings (values as entered: days, hours, counts, true/false). Every value is checked
     * first; one bad value refuses the whole change and nothing is stored.
     */
    @Audited("admin.settings.change")
    public void change(Map<SettingKey, String> entered) {
        currentStaff.requireRole(Role.ADMIN);
        Map<SettingKey, String> checked = new EnumMap<>(SettingKey.class);
        entered.forEach((key, value) -> {
            String stored = key.stored(value);
            if (stored == null) {
                throw key.unit() == SettingKey.Unit.YES_NO ? Refusal.invalid("setting-yes-no", key.ordinal())
                        : Refusal.invalid("setting-range", key.ordinal(), key.min(), key.max());
            }
            checked.put(key, stored);
        });
        checked.forEach((key, value) -> {
            StoredSetting setting = em.find(StoredSetting.class, key.configName());
            if (setting == null) {
                em.persist(new StoredSetting(key.configName(), value, clock.instant()));
            } else {
                setting.change(value, clock.instant());
            }
        });
        changed.fire(new Settings.Changed());
    }
}
