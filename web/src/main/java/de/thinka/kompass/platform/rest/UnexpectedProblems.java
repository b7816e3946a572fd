package de.thinka.kompass.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything nobody planned for. Known wrappers are unwrapped (a refused EJB call, an unreadable body);
 * the rest is logged with an incident number (no request data, so no personal data) and answered with a
 * sentence and that number, never a stack trace.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Inject
    ProblemTexts texts;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        String instance = uri.getRequestUri().getRawPath();
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof EJBAccessException) {
            return security.getUserPrincipal() == null
                    ? Unauthenticated.response(texts, instance, headers.getHeaderString("X-Requested-With") != null)
                    : Problem.of("forbidden", texts.http("forbidden.title"), 403, texts.http("forbidden"), instance).toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException && hasJsonbCause(cause)) {
            return Problem.of("malformed-json", texts.http("malformed-json.title"), 400,
                    texts.http("malformed-json"), instance).toResponse();
        }
        if (changedMeanwhile(e)) {
            return Problem.of("changed-meanwhile", texts.http("changed-meanwhile.title"), 409,
                    texts.http("changed-meanwhile"), instance).toResponse();
        }
        if (busy(e)) {
            return Response.fromResponse(Problem.of("busy", texts.http("busy.title"), 503, texts.http("busy"), instance)
                    .toResponse()).header("Retry-After", "2").build();
        }
        if (cause instanceof WebApplicationException wae && wae.getResponse() != null && wae.getResponse().getStatus() < 500) {
            return Problem.of("bad-request", texts.http("bad-request.title"), wae.getResponse().getStatus(),
                    texts.http("bad-request"), instance).toResponse();
        }
        return logged(e, texts, instance);
    }

    /** Two people changed the same thing at once; the later one is refused and changes nothing. */
    private static boolean changedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database gave up waiting for a lock (a storm of bookings on one day, a deadlock): nothing was changed,
     * and the same request a moment later will most likely go through.
     */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.PessimisticLockException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("HYT00", "55P03", "40001", "40P01").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJsonbCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    static Response logged(Throwable e, ProblemTexts texts, String instance) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, e);
        return Problem.of("unexpected", texts.http("unexpected.title"), 500,
                texts.http("unexpected", incident), instance).toResponse();
    }
}
