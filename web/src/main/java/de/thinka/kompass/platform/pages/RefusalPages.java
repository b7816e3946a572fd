package de.thinka.kompass.platform.pages;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.rest.Problem;
import de.thinka.kompass.platform.rest.ProblemTexts;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * A business rule that says no while a page is built (someone else's office, a missing role, an unknown id)
 * becomes the friendly error page with the matching status (403, 404, ...), never a 500 with a trace.
 * Registered in faces-config.xml.
 */
public class RefusalPages extends ExceptionHandlerFactory {

    public RefusalPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    /**
     * For page beans that show a refusal as a sentence on the page (a bad filter, a wrong range): a refusal of who is
     * asking ends the page with 403 instead. The sentence, or null when the page has ended.
     */
    public static String sentenceOr403(FacesContext faces, Locale locale, BusinessException refused) throws IOException {
        if (refused.reason() == BusinessException.Reason.FORBIDDEN || refused.reason() == BusinessException.Reason.UNAUTHENTICATED) {
            faces.getExternalContext().responseSendError(403, refused.messageKey());
            faces.responseComplete();
            return null;
        }
        return ProblemTexts.business(locale, refused.messageKey(), refused.arguments());
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<BusinessException> refusal = refusal(events.next().getContext().getException());
                ExternalContext external = faces.getExternalContext();
                if (refusal.isPresent() && !external.isResponseCommitted()) {
                    events.remove();
                    send(faces, Problem.statusOf(refusal.get()));
                }
            }
            getWrapped().handle();
        }

        private static void send(FacesContext faces, int status) {
            try {
                faces.getExternalContext().responseReset();
                faces.getExternalContext().responseSendError(status, null);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Optional<BusinessException> refusal(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessException business) {
                    return Optional.of(business);
                }
            }
            return Optional.empty();
        }
    }
}
