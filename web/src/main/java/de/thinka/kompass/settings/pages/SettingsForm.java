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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The settings page's form: every field named by its configuration name; settings not sent stay as they are. A
 * yes/no box comes with a hidden "false" of the same name, so an unticked box means no.
 */
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
                String[] values = request.getParameterValues(key.configName());
                if (values != null) {
                    entered.put(key, key.unit() == SettingKey.Unit.YES_NO
                            ? Boolean.toString(Arrays.asList(values).contains("true")) : values[0]);
                }
            }
            administration.change(entered);
            return PAGE + "?meldung=gespeichert";
        });
    }
}
