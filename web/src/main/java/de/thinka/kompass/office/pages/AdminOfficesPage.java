package de.thinka.kompass.office.pages;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** ADMIN's list of offices /intern/admin/anlaufstellen.xhtml with the form for a new one. */
@Named
@RequestScoped
public class AdminOfficesPage {

    @Inject
    OfficeDirectory directory;

    public List<Office> getOffices() {
        return directory.offices();
    }
}
