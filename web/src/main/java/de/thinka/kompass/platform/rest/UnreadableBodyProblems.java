package de.thinka.kompass.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect: 400 with a sentence, nothing changed. */
@Provider
public class UnreadableBodyProblems implements ExceptionMapper<JsonbException> {

    @Inject
    ProblemTexts texts;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
        return Problem.of("malformed-json", texts.http("malformed-json.title"), 400,
                texts.http("malformed-json"), uri.getRequestUri().getRawPath()).toResponse();
    }
}
