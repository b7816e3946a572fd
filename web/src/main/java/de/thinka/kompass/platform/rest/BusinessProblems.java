package de.thinka.kompass.platform.rest;

import de.thinka.kompass.platform.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business rule said no: the status follows the reason, the sentence comes from the problems bundle. */
@Provider
public class BusinessProblems implements ExceptionMapper<BusinessException> {

    @Inject
    ProblemTexts texts;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        if (e.reason() == BusinessException.Reason.UNAUTHENTICATED) {
            return Unauthenticated.response(texts, uri.getRequestUri().getRawPath(),
                    headers.getHeaderString("X-Requested-With") != null);
        }
        return Problem.of(e.messageKey(), texts.business(e.messageKey() + ".title", e.arguments()),
                Problem.statusOf(e), texts.business(e.messageKey(), e.arguments()),
                uri.getRequestUri().getRawPath()).toResponse();
    }
}
