package de.thinka.kompass.staff.api;

import de.thinka.kompass.staff.boundary.StaffDirectory;
import de.thinka.kompass.staff.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Staff of an office: who works there (for transfers and handovers). Only for that office's staff. */
@Path("offices/{office}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ColleaguesResource {

    public record ColleagueView(String username, String displayName, List<String> roles) {
    }

    @Inject
    StaffDirectory staff;

    @GET
    public List<ColleagueView> colleagues(@PathParam("office") String officeId) {
        return staff.colleagues(officeId).stream()
                .map(account -> new ColleagueView(account.username(), account.displayName(),
                        account.roles().stream().map(Role::name).sorted().toList()))
                .toList();
    }
}
