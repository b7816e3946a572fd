package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.BusinessException;

/** Working plans, absences and extra hours that make no sense (break outside the hours, end before start). */
public class AvailabilityProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AvailabilityProblem(String key, Object... arguments) {
        super(Reason.INVALID, key, arguments);
    }
}
