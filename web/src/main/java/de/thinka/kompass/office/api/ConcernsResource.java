package de.thinka.kompass.office.api;

import de.thinka.kompass.platform.rest.PublicApi;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Public: the concern categories ("Problemlagen") in German and English. */
@PublicApi
@Path("concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConcernsResource {

    public record ConcernView(String id, String nameDe, String nameEn, int durationMinutes, boolean bookableOnline) {
        static ConcernView of(Concern concern) {
            return new ConcernView(concern.id(), concern.nameDe(), concern.nameEn(),
                    (int) concern.duration().toMinutes(), concern.bookableOnline());
        }
    }

    @Inject
    OfficeDirectory directory;

    @GET
    public List<ConcernView> concerns() {
        return directory.concerns().stream().map(ConcernView::of).toList();
    }
}
