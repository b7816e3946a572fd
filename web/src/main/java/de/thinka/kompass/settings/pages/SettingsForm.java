package de.thinka.kompass.settings.pages;

import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.settings.boundary.SettingKey;
import de.thinka.kompass.settings.boundary.SettingsAdministration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/** The settings page's form: every field named by its configuration name; a yes/no box unticked means no. */
@WebServlet("/intern/admin/einstellungen-aktion")
public class SettingsForm extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/intern/admin/einstellungen.xhtml";

    @Inject
    SettingsAdministration administration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        FormAnswers.answer(request, response, PAGE, () -> {
            Map<SettingKey, String> entered = new EnumMap<>(SettingKey.class);
            for (SettingKey key : SettingKey.values()) {
                String value = request.getParameter(key.configName());
                if (key.unit() == SettingKey.Unit.YES_NO) {
                    entered.put(key, Boolean.toString("true".equals(value)));
                } else if (value != null) {
                    entered.put(key, value);
                }
            }
            administration.change(entered);
            return PAGE + "?meldung=gespeichert";
        });
    }
}
