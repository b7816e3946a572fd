package de.thinka.kompass.audit.pages;

import de.thinka.kompass.platform.pages.RefusalPages;
import de.thinka.kompass.audit.boundary.AuditFilter;
import de.thinka.kompass.audit.boundary.AuditPage;
import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** ADMIN reads the audit trail, /intern/protokoll.xhtml?actor=&action=&office=&from=&to=&page= (a GET form). */
@Named
@RequestScoped
public class AuditTrailPage {

    private static final String[] FILTERS = {"actor", "action", "office", "from", "to"};

    @Inject
    AuditTrail trail;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    private AuditPage page;
    private String problem;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        try {
            page = trail.search(new AuditFilter(parameters.get("actor"), parameters.get("action"),
                    parameters.get("office"), Times.day(parameters.get("from"), "from"),
                    Times.day(parameters.get("to"), "to"), number(parameters.get("page"))));
        } catch (BusinessException refused) {
            problem = RefusalPages.sentenceOr403(faces, language.getLocale(), refused);
        }
    }

    public AuditPage getPage() {
        return page;
    }

    public String getProblem() {
        return problem;
    }

    /** The address of another page of the same filter. */
    public String link(int number) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        }
        kept.put("page", String.valueOf(number));
        return "?" + kept.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static int number(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
