package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** Requests the queue cannot follow: unknown ticket, desk, concern or counsellor, a too long pseudonym. */
public class QueueProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    private QueueProblem(Reason reason, String key, Object... arguments) {
        super(reason, key, arguments);
    }

    public static QueueProblem unknownTicket() {
        return new QueueProblem(Reason.NOT_FOUND, "unknown-ticket");
    }

    public static QueueProblem unknownDesk(String desk) {
        return new QueueProblem(Reason.NOT_FOUND, "unknown-desk", desk);
    }

    public static QueueProblem unknownConcern(String concern) {
        return new QueueProblem(Reason.INVALID, "unknown-concern", concern);
    }

    public static QueueProblem unknownCounsellor(String counsellor) {
        return new QueueProblem(Reason.INVALID, "unknown-counsellor", counsellor);
    }

    public static QueueProblem pseudonymTooLong(int max) {
        return new QueueProblem(Reason.INVALID, "pseudonym-too-long", max);
    }

    public static QueueProblem transferNeedsDesk() {
        return new QueueProblem(Reason.INVALID, "transfer-needs-desk");
    }
}
