package de.thinka.kompass.handover.entity;

import de.thinka.kompass.platform.boundary.BusinessException;

/** Handovers the rules refuse; each kind maps to its HTTP status in the web module. */
public abstract class HandoverProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected HandoverProblem(Reason reason, String key, Object... arguments) {
        super(reason, key, arguments);
    }

    public static class Invalid extends HandoverProblem {
        private static final long serialVersionUID = 1L;

        public Invalid(String key, Object... arguments) {
            super(Reason.INVALID, key, arguments);
        }
    }

    public static class Conflict extends HandoverProblem {
        private static final long serialVersionUID = 1L;

        public Conflict(String key, Object... arguments) {
            super(Reason.CONFLICT, key, arguments);
        }
    }

    public static class NotFound extends HandoverProblem {
        private static final long serialVersionUID = 1L;

        public NotFound(String key, Object... arguments) {
            super(Reason.NOT_FOUND, key, arguments);
        }
    }

    public static class Forbidden extends HandoverProblem {
        private static final long serialVersionUID = 1L;

        public Forbidden(String key, Object... arguments) {
            super(Reason.FORBIDDEN, key, arguments);
        }
    }

    public static NotFound unknownHandover() {
        return new NotFound("unknown-handover");
    }

    public static Conflict notOpen(String number, HandoverState state) {
        return new Conflict("handover-not-open", number, state.name());
    }
}
