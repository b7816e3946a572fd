package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.PartnerDirectory;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** ADMIN's partner page /intern/admin/partner.xhtml: partners with their active contact persons. */
@Named
@RequestScoped
public class PartnersPage {

    @Inject
    PartnerDirectory partners;

    @Inject
    OfficeDirectory offices;

    private List<Partner> all;

    public List<Partner> getPartners() {
        if (all == null) {
            all = partners.partners(null);
        }
        return all;
    }

    public List<PartnerContact> contacts(Partner partner) {
        return partner.contacts().stream().filter(PartnerContact::active).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(PartnerType.values()).map(PartnerType::name).toList();
    }

    public List<Office> getOffices() {
        return offices.offices();
    }
}
