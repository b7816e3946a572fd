package de.thinka.kompass.appointment.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Booking references people read out on the phone or type at reception: eight characters in two groups
 * (e.g. "KQ7M-4X2P"), without the look-alikes 0/O and 1/I/L.
 */
public final class BookingReferences {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingReferences() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** What someone typed or a scanner read ("kq7m4x2p", " KQ7M-4X2P ") in the stored form, or null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.length() != 8 || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4);
    }
}
