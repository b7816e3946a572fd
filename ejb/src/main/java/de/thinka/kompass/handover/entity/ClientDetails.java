package de.thinka.kompass.handover.entity;

/**
 * What the counsellor knows about the client for this handover; each item reaches the partner only with
 * consent. All fields may be null.
 */
public record ClientDetails(String name, String email, String phone, String note) {

    public ClientDetails {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
        note = blankToNull(note);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
