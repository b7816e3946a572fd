package de.thinka.kompass.office.pages;

import de.thinka.kompass.office.boundary.Concerns;
import de.thinka.kompass.office.entity.Concern;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** ADMIN's concern categories page /intern/admin/anliegen.xhtml. */
@Named
@RequestScoped
public class ConcernsPage {

    @Inject
    Concerns concerns;

    private List<Concern> all;

    public List<Concern> getConcerns() {
        if (all == null) {
            all = concerns.all();
        }
        return all;
    }

    public int getMinMinutes() {
        return Concerns.MIN_MINUTES;
    }

    public int getMaxMinutes() {
        return Concerns.MAX_MINUTES;
    }
}
