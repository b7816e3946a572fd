package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** The caller works for the office but not in a role that may do this (e.g. a counsellor issuing tickets). */
public class RoleMissing extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RoleMissing() {
        super(Reason.FORBIDDEN, "role-missing");
    }
}
