package de.thinka.kompass.handover.api;

import de.thinka.kompass.handover.api.HandoverViews.ContactView;
import de.thinka.kompass.handover.api.HandoverViews.PartnerView;
import de.thinka.kompass.handover.boundary.PartnerDirectory;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.platform.rest.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Set;

/** The partner directory: staff read it, ADMIN maintains it. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PartnersResource {

    public record NewPartner(String id, String name, String type, String street, String postalCode, String city,
                             String phone, List<String> offices) {
    }

    public record NewContact(String name, String email, String phone) {
    }

    @Inject
    PartnerDirectory directory;

    @GET
    public List<PartnerView> partners(@QueryParam("office") String office) {
        return directory.partners(office).stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("{id}")
    public PartnerView partner(@PathParam("id") String id) {
        return PartnerView.of(directory.partner(id));
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(@RequestBody(description = "{id, name, type, street, postalCode, city, phone?, offices[]}") String body) {
        NewPartner in = JsonBody.optional(body, NewPartner.class, new NewPartner(null, null, null, null, null, null, null, null));
        Partner partner = directory.create(in.id(), in.name(), in.type(), new Address(in.street(), in.postalCode(), in.city()),
                in.phone(), in.offices() == null ? Set.of() : Set.copyOf(in.offices()));
        return Response.created(UriBuilder.fromPath("/api/partners/{id}").build(partner.id()))
                .entity(PartnerView.of(partner)).build();
    }

    @POST
    @Path("{id}/contacts")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response addContact(@PathParam("id") String id, @RequestBody(description = "{name, email, phone?}") String body) {
        NewContact in = JsonBody.optional(body, NewContact.class, new NewContact(null, null, null));
        ContactView contact = ContactView.of(directory.addContact(id, in.name(), in.email(), in.phone()));
        return Response.status(201).entity(contact).build();
    }

    @POST
    @Path("{id}/contacts/{contact}/deactivate")
    public Response deactivate(@PathParam("contact") long contact) {
        directory.deactivateContact(contact);
        return Response.noContent().build();
    }
}
