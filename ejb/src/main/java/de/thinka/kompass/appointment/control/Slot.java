package de.thinka.kompass.appointment.control;

import java.time.Instant;
import java.util.List;

/** A bookable start time and the counsellors who are free for the whole talk from then. */
public record Slot(Instant start, Instant end, List<String> counsellors) {

    public Slot {
        counsellors = List.copyOf(counsellors);
    }

    public int counsellorCount() {
        return counsellors.size();
    }
}
