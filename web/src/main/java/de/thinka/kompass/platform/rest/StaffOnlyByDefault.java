package de.thinka.kompass.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Secure by default: a resource without {@link PublicApi} needs a logged-in caller. Without this, an anonymous
 * caller with a malformed body got 400 (the body is read before the boundary checks who is calling), and a new
 * resource that forgot its check in the boundary would be open. The authorisation matrix test
 * (AuthorisationMatrixIT) holds every endpoint to this.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffOnlyByDefault implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    ProblemTexts texts;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        if (type == null || type.isAnnotationPresent(PublicApi.class)
                || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        request.abortWith(Unauthenticated.response(texts, request.getUriInfo().getRequestUri().getRawPath(),
                request.getHeaderString("X-Requested-With") != null));
    }
}
