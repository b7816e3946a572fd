package de.thinka.kompass.queue.pages;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Desk;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.platform.pages.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The shell of the live pages (reception board, desk view, display): the office, its desks and concerns,
 * and the texts the page script needs, in the reader's language. The live data comes over the WebSocket.
 */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    OfficeDirectory directory;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    private Office office;

    /** Called by f:viewAction; unknown offices get the friendly 404 page. */
    public void load() throws IOException {
        String id = faces.getExternalContext().getRequestParameterMap().get("office");
        try {
            office = directory.office(id);
        } catch (BusinessException unknown) {
            faces.getExternalContext().responseSendError(404, "unknown office");
            faces.responseComplete();
        }
    }

    /** As {@link #load()} for the staff boards: someone else's office gets the 403 page, not an empty board. */
    public void loadForStaff() throws IOException {
        String id = faces.getExternalContext().getRequestParameterMap().get("office");
        try {
            office = currentStaff.requireOffice(id);
        } catch (BusinessException refused) {
            faces.getExternalContext().responseSendError(
                    refused.reason() == BusinessException.Reason.FORBIDDEN ? 403 : 404, refused.messageKey());
            faces.responseComplete();
        }
    }

    public Office getOffice() {
        return office;
    }

    public List<Desk> getDesks() {
        return office == null ? List.of() : office.desks();
    }

    public List<ConcernOption> getConcerns() {
        return directory.concerns().stream()
                .map(concern -> new ConcernOption(concern.id(), concern.name(language.getLocale()))).toList();
    }

    public record ConcernOption(String id, String name) {
    }

    /** Texts for the page scripts ("live." and "ticket." keys), as JSON for a data block. */
    public String getScriptTexts() {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String key : bundle.keySet()) {
            if (key.startsWith("live.")) {
                texts.add(key.substring(5), bundle.getString(key));
            } else if (key.startsWith("ticket.")) {
                texts.add(key, bundle.getString(key));
            }
        }
        directory.concerns().forEach(c -> texts.add("concern." + c.id(), language.concernName(c)));
        return texts.build().toString().replace("</", "<\\/");
    }
}
