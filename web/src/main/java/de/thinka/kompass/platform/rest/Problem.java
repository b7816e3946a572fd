package de.thinka.kompass.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem detail: a type, a short title, the HTTP status and a sentence a person understands.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A problem whose type names one of our problem slugs. */
    /** The HTTP status that says the same as a business refusal's reason (API, pages and forms alike). */
    public static int statusOf(de.thinka.kompass.platform.boundary.BusinessException refused) {
        return switch (refused.reason()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("urn:kompass:problem:" + slug, title, status, detail, instance);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /** For places outside JAX-RS (the authentication mechanism). */
    public String toJson() {
        return JSONB.toJson(this);
    }

    /** Answers with this problem from a servlet filter or the authentication mechanism. */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(toJson().getBytes(StandardCharsets.UTF_8));
    }
}
