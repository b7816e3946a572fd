package de.thinka.kompass.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** 401 with a challenge: HTTP Basic for API clients, none for our own pages' scripts (they use the session). */
final class Unauthenticated {

    static final String BASIC_CHALLENGE = "Basic realm=\"KOMPASS\", charset=\"UTF-8\"";
    static final String SESSION_CHALLENGE = "Session realm=\"KOMPASS\"";

    private Unauthenticated() {
    }

    static Response response(ProblemTexts texts, String instance, boolean fromOurScripts) {
        Problem problem = Problem.of("unauthenticated", texts.http("unauthenticated.title"), 401,
                texts.http("unauthenticated"), instance);
        return Response.status(401).type(Problem.MEDIA).entity(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, fromOurScripts ? SESSION_CHALLENGE : BASIC_CHALLENGE)
                .build();
    }
}
