package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.PartnerAnswers;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The partner's answer page /u/{token}: number, time and place of the handover and one button to accept or
 * decline. The GET changes nothing (mail scanners follow links); only the button's POST answers.
 */
@Named
@RequestScoped
public class AnswerPage {

    @Inject
    PartnerAnswers answers;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    private String token;
    private Handover handover;
    private String officeName;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        token = external.getRequestParameterMap().get("token");
        try {
            handover = answers.byToken(token);
            officeName = answers.officeName(handover);
        } catch (BusinessException unknown) {
            external.responseSendError(404, "unknown handover");
            faces.responseComplete();
        }
    }

    private boolean has(String parameter) {
        return faces.getExternalContext().getRequestParameterMap().containsKey(parameter);
    }

    /** zusagen or absagen, as the link in the mail asked; null shows both buttons. */
    public String getAsked() {
        String asked = faces.getExternalContext().getRequestParameterMap().get("antwort");
        return "zusagen".equals(asked) || "absagen".equals(asked) ? asked : null;
    }

    public boolean isAnswered() {
        return has("beantwortet");
    }

    public String getToken() {
        return token;
    }

    public Handover getHandover() {
        return handover;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getMoment() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(language.getLocale())
                .format(handover.start().atZone(Times.BERLIN));
    }
}
