package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** A staff-only action without a logged-in, active staff account. */
public class NotLoggedIn extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotLoggedIn() {
        super(Reason.UNAUTHENTICATED, "unauthenticated");
    }
}
