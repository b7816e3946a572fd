package de.thinka.kompass.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP-level refusals from JAX-RS itself (unknown path, wrong method, wrong media type, missing login,
 * missing role, unreadable body) as problems with a sentence instead of an HTML error page.
 */
@Provider
public class HttpProblems implements ExceptionMapper<WebApplicationException> {

    @Inject
    ProblemTexts texts;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        String instance = uri.getRequestUri().getRawPath();
        if (e instanceof NotAuthorizedException || e instanceof ForbiddenException && security.getUserPrincipal() == null) {
            return Unauthenticated.response(texts, instance, headers.getHeaderString("X-Requested-With") != null);
        }
        if (e instanceof ForbiddenException) {
            return problem("forbidden", 403, instance);
        }
        if (e instanceof NotFoundException) {
            return problem("not-found", 404, instance);
        }
        if (e instanceof NotAllowedException) {
            return problem("method-not-allowed", 405, instance);
        }
        if (e instanceof NotAcceptableException) {
            return problem("not-acceptable", 406, instance);
        }
        if (e instanceof NotSupportedException) {
            return problem("unsupported-media-type", 415, instance);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedProblems.logged(e, texts, instance);
        }
        return problem("bad-request", status, instance);
    }

    private Response problem(String slug, int status, String instance) {
        return Problem.of(slug, texts.http(slug + ".title"), status, texts.http(slug), instance).toResponse();
    }
}
