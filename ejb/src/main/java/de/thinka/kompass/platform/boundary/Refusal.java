package de.thinka.kompass.platform.boundary;

/**
 * A business rule's "no" with its kind and sentence key, for features that need no exception type of their
 * own: {@code throw Refusal.conflict("slot-taken")}. Features name their common refusals in a small factory
 * (e.g. {@code AppointmentProblem.slotTaken()}).
 */
public class Refusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected Refusal(Reason reason, String key, Object... arguments) {
        super(reason, key, arguments);
    }

    /** Input that can never be accepted as given (400). */
    public static Refusal invalid(String key, Object... arguments) {
        return new Refusal(Reason.INVALID, key, arguments);
    }

    /** The state of things does not allow it now (409). */
    public static Refusal conflict(String key, Object... arguments) {
        return new Refusal(Reason.CONFLICT, key, arguments);
    }

    /** Nothing behind this id, link or reference (404). */
    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Reason.NOT_FOUND, key, arguments);
    }

    /** The caller may not do this (403). */
    public static Refusal forbidden(String key, Object... arguments) {
        return new Refusal(Reason.FORBIDDEN, key, arguments);
    }
}
