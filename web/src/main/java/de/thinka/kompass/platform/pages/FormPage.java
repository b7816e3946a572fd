package de.thinka.kompass.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What every page with plain POST forms shows above them: the sentence of a refused form, else the done-message
 * key the form's redirect named ({@code ?meldung=...}); and the entered value of a field after a refusal.
 */
@Named
@RequestScoped
public class FormPage {

    @Inject
    FacesContext faces;

    /** The refusal's sentence, or null. */
    public String getProblem() {
        return FormAnswers.refusal(faces.getExternalContext().getRequestMap());
    }

    /** What was done ({@code meldung} of the redirect), or null; only letters and hyphens count. */
    public String getDone() {
        String done = faces.getExternalContext().getRequestParameterMap().get("meldung");
        return getProblem() == null && done != null && done.matches("[a-z-]{1,40}") ? done : null;
    }

    /** The value entered into a field of the refused form, or the given one (the stored value) otherwise. */
    public String entered(String field, String stored) {
        ExternalContext external = faces.getExternalContext();
        String value = external.getRequestParameterMap().get(field);
        return getProblem() != null && value != null ? value : stored;
    }
}
