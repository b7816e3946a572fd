package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** A staff member tried to act for an office they do not work for. */
public class NotYourOffice extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotYourOffice(String officeId) {
        super(Reason.FORBIDDEN, "not-your-office", officeId);
    }
}
