package de.thinka.kompass.staff.api;

import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.StaffAccount;
import de.thinka.kompass.staff.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Any staff member: who am I, in which roles, for which offices. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MeResource {

    public record MeView(String username, String displayName, List<String> roles, List<String> offices) {
        static MeView of(StaffAccount account) {
            return new MeView(account.username(), account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(), List.copyOf(account.offices()));
        }
    }

    /** Body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    CurrentStaff currentStaff;

    @GET
    public MeView me() {
        return MeView.of(currentStaff.account());
    }

    /** Changes the caller's own password; 204 when done, 400 with a sentence when not. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(PasswordChange change) {
        if (change == null) {
            throw new BadRequestException();
        }
        currentStaff.changePassword(change.currentPassword(), change.newPassword());
    }
}
