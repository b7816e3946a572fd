package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.HandoverDesk;
import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One handover, /intern/uebergabe-details.xhtml?id=N: its facts and the partner's answer, and the actions that
 * fit its state (send a draft, reschedule, withdraw, revoke consent, record the outcome). Withdrawing and revoking
 * first ask "really?" ({@code &zurueckziehen}, {@code &widerrufen}); only the POST of that question acts.
 */
@Named
@RequestScoped
public class HandoverDetailsPage {

    @Inject
    HandoverDesk desk;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private HandoverFacts facts;
    private String problem;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        problem = FormAnswers.refusal(external.getRequestMap());
        Long id = HandoverForms.id(parameters.get("id"));
        try {
            facts = id == null ? null : desk.one(id);
        } catch (BusinessException refused) {
            facts = null;
            if (refused.reason() == BusinessException.Reason.FORBIDDEN) {
                external.responseSendError(403, refused.messageKey());
                faces.responseComplete();
                return;
            }
        }
        if (facts == null) {
            external.responseSendError(404, "unknown handover");
            faces.responseComplete();
        }
    }

    public HandoverFacts getFacts() {
        return facts;
    }

    public Handover getHandover() {
        return facts.handover();
    }

    public String getProblem() {
        return problem;
    }

    /** Whether the page asks "really withdraw?" (the link's GET changes nothing). */
    public boolean isConfirmWithdraw() {
        return asked("zurueckziehen") && getHandover().state().open();
    }

    public boolean isConfirmRevoke() {
        return asked("widerrufen") && getHandover().consent().revokedAt().isEmpty();
    }

    private boolean asked(String parameter) {
        return faces.getExternalContext().getRequestParameterMap().containsKey(parameter);
    }

    /** After the meeting began, an invited or accepted handover waits for "attended" or "not attended". */
    public boolean isOutcomeDue() {
        HandoverState state = getHandover().state();
        return (state == HandoverState.INVITED || state == HandoverState.ACCEPTED)
                && !clock.instant().isBefore(getHandover().start());
    }

    public List<String> getConsentItems() {
        return getHandover().consent().items().stream().map(ConsentItem::name).toList();
    }

    public long getMinutes() {
        return Duration.between(getHandover().start(), getHandover().end()).toMinutes();
    }

    /** The reschedule form starts at the partner's proposal when there is one, else at the current time. */
    public ZonedDateTime getSuggestedStart() {
        Instant start = getHandover().proposedStart().orElse(getHandover().start());
        return start.atZone(Times.BERLIN);
    }

    public long getSuggestedMinutes() {
        Handover h = getHandover();
        return h.proposedStart().isPresent() && h.proposedEnd().isPresent()
                ? Duration.between(h.proposedStart().get(), h.proposedEnd().get()).toMinutes() : getMinutes();
    }
}
