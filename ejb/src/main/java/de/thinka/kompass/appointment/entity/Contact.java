package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.Refusal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the appointment is for: any name or pseudonym (anonymity is the service's promise), and optionally an
 * e-mail address and/or phone number to reach them. Validated here, so no invalid contact is ever stored.
 */
public record Contact(String name, String email, String phone) {

    public static final int NAME_MAX = 80;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{5,40}");

    public Contact {
        name = name == null ? "" : name.strip();
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (name.isEmpty()) {
            throw Refusal.invalid("name-missing");
        }
        if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("name-too-long", NAME_MAX);
        }
        if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            // no name needs them, and a name with markup would only wait for a page that forgets to escape it
            throw Refusal.invalid("name-markup");
        }
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
                throw Refusal.invalid("email-invalid");
            }
        }
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            throw Refusal.invalid("phone-invalid");
        }
    }

    public boolean reachableByMail() {
        return email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
