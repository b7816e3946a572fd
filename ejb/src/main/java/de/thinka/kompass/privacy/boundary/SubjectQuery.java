package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.appointment.control.BookingReferences;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.boundary.SecretTokens;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a data subject gave staff to find their records, recognised from one typed line: an e-mail address,
 * a ticket or booking link (or its bare token), a booking reference, or a phone number. E-mail is compared
 * without regard to case, everything else exactly (as stored).
 */
public record SubjectQuery(Kind kind, String value) {

    public enum Kind { REFERENCE, TOKEN, EMAIL, PHONE }

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{5,40}");
    private static final Pattern LINK = Pattern.compile(".*/[tb]/([A-Za-z0-9_-]{32})(?:[?#].*)?");
    public static final int MAX = 300;

    public static SubjectQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw Refusal.invalid("subject-query-missing");
        }
        if (text.length() > MAX) {
            throw Refusal.invalid("subject-query-unknown");
        }
        var link = LINK.matcher(text);
        if (link.matches()) {
            return new SubjectQuery(Kind.TOKEN, link.group(1));
        }
        if (text.contains("@")) {
            return new SubjectQuery(Kind.EMAIL, text.toLowerCase(Locale.ROOT));
        }
        if (SecretTokens.looksValid(text)) {
            return new SubjectQuery(Kind.TOKEN, text);
        }
        // phone numbers begin with 0 or +; references never contain 0 or 1
        boolean phone = PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 5;
        if (phone && (text.startsWith("0") || text.startsWith("+"))) {
            return new SubjectQuery(Kind.PHONE, text);
        }
        String reference = BookingReferences.normalise(text);
        if (reference != null) {
            return new SubjectQuery(Kind.REFERENCE, reference);
        }
        if (phone) {
            return new SubjectQuery(Kind.PHONE, text);
        }
        throw Refusal.invalid("subject-query-unknown");
    }
}
