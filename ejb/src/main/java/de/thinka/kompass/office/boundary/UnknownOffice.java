package de.thinka.kompass.office.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** Nobody knows an office by this id. */
public class UnknownOffice extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownOffice(String officeId) {
        super(Reason.NOT_FOUND, "unknown-office", officeId);
    }
}
