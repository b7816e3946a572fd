package de.thinka.kompass.privacy.api;

import de.thinka.kompass.privacy.boundary.DataSubjects;
import de.thinka.kompass.privacy.boundary.ErasureReport;
import de.thinka.kompass.privacy.boundary.Retention;
import de.thinka.kompass.privacy.boundary.RetentionReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * ADMIN: requests of data subjects (find, export, erase) and a retention run at once. The search text travels
 * in the body, never in the address, so no e-mail address or phone number ends up in a log.
 */
@Path("privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PrivacyResource {

    /** What the person gave: a booking reference, a ticket or booking link, an e-mail address or a phone number. */
    public record SubjectRequest(String query) {
    }

    @Inject
    DataSubjects dataSubjects;

    @Inject
    Retention retention;

    /** Everything stored about the person (the same document as the export, without the download header). */
    @POST
    @Path("subject-requests/search")
    public Response search(SubjectRequest request) {
        return Response.ok(SubjectJson.of(dataSubjects.find(query(request)))).build();
    }

    /** The export as a file download (UTF-8 JSON). */
    @POST
    @Path("subject-requests/export")
    public Response export(SubjectRequest request) {
        var records = dataSubjects.export(query(request));
        return Response.ok(SubjectJson.of(records), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + SubjectJson.fileName(records) + "\"").build();
    }

    /** Erases the person's personal fields at once; future bookings are cancelled first. */
    @POST
    @Path("subject-requests/erase")
    public ErasureReport erase(SubjectRequest request) {
        return dataSubjects.erase(query(request));
    }

    /** Runs the retention job now, with the configured periods. */
    @POST
    @Path("retention-runs")
    @Consumes(MediaType.WILDCARD)
    public RetentionReport runRetention() {
        return retention.runNow();
    }

    private static String query(SubjectRequest request) {
        return request == null ? null : request.query();
    }
}
