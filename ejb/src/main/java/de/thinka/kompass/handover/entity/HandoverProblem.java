package de.thinka.kompass.handover.entity;

import de.thinka.kompass.platform.boundary.Refusal;

/** The handover refusals named more than once; the others are plain {@link Refusal}s. */
public final class HandoverProblem {

    private HandoverProblem() {
    }

    public static Refusal unknownHandover() {
        return Refusal.notFound("unknown-handover");
    }

    public static Refusal notOpen(String number, HandoverState state) {
        return Refusal.conflict("handover-not-open", number, state.name());
    }
}
