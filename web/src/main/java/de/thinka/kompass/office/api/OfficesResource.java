package de.thinka.kompass.office.api;

import de.thinka.kompass.platform.rest.PublicApi;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Public: the offices with address, opening hours and rooms. */
@PublicApi
@Path("offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficesResource {

    @Inject
    OfficeDirectory directory;

    @GET
    public List<OfficeView> offices() {
        return directory.offices().stream().map(OfficeView::of).toList();
    }

    @GET
    @Path("{office}")
    public OfficeView office(@PathParam("office") String officeId) {
        return OfficeView.of(directory.office(officeId));
    }
}
