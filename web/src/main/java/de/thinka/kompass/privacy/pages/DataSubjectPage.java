package de.thinka.kompass.privacy.pages;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.privacy.boundary.DataSubjects;
import de.thinka.kompass.privacy.boundary.SubjectRecords;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Map;

/**
 * ADMIN answers a data subject's request, /intern/auskunft.xhtml: the search text comes as a POST field
 * ({@code suche}), never in the address; the page lists what was found and offers the JSON export and the
 * erasure, which first asks "really?" ({@code loeschen}); only the POST of that question erases
 * ({@link DataSubjectForms}).
 */
@Named
@RequestScoped
public class DataSubjectPage {

    @Inject
    DataSubjects dataSubjects;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    private String query;
    private SubjectRecords records;
    private String problem;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            currentStaff.requireRole(Role.ADMIN);
        } catch (BusinessException refused) {
            external.responseSendError(403, refused.messageKey());
            faces.responseComplete();
            return;
        }
        Map<String, String> parameters = external.getRequestParameterMap();
        problem = FormAnswers.refusal(external.getRequestMap());
        query = parameters.get(DataSubjectForms.QUERY);
        if (query != null && !query.isBlank() && problem == null) {
            try {
                records = dataSubjects.find(query);
            } catch (BusinessException refused) {
                problem = ProblemTexts.business(language.getLocale(), refused.messageKey(), refused.arguments());
            }
        }
    }

    public String getQuery() {
        return query;
    }

    public SubjectRecords getRecords() {
        return records;
    }

    public String getProblem() {
        return problem;
    }

    /** Whether the page asks "really erase?" (the question itself changes nothing). */
    public boolean isConfirmErase() {
        return records != null && !records.isEmpty()
                && faces.getExternalContext().getRequestParameterMap().containsKey("loeschen");
    }
}
