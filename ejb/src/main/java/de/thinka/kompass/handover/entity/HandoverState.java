package de.thinka.kompass.handover.entity;

/** Where a handover stands; the partner's answers move it between the middle states. */
public enum HandoverState {
    /** Prepared, nothing sent yet. */
    DRAFT,
    /** The invitation went out (again, after a reschedule); no answer to this version yet. */
    INVITED,
    ACCEPTED,
    DECLINED,
    /** The partner proposed another time (iTIP COUNTER); the counsellor reschedules or withdraws. */
    PROPOSED_NEW_TIME,
    ATTENDED,
    NOT_ATTENDED,
    /** Withdrawn by the counsellor or because the client revoked consent; a CANCEL went out. */
    WITHDRAWN;

    /** Whether the handover may still change (reschedule, answer, withdraw). */
    public boolean open() {
        return this == DRAFT || this == INVITED || this == ACCEPTED || this == DECLINED || this == PROPOSED_NEW_TIME;
    }
}
