package de.thinka.kompass.settings.pages;

import de.thinka.kompass.settings.boundary.SettingsAdministration;
import de.thinka.kompass.settings.boundary.SettingsAdministration.SettingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** ADMIN's settings page /intern/admin/einstellungen.xhtml: each setting in its unit, with where it comes from. */
@Named
@RequestScoped
public class SettingsPage {

    @Inject
    SettingsAdministration administration;

    private List<SettingView> settings;

    public List<SettingView> getSettings() {
        if (settings == null) {
            settings = administration.all();
        }
        return settings;
    }
}
