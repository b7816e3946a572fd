package de.thinka.kompass.staff.control;

import java.security.SecureRandom;

/**
 * Passwords ADMIN hands over once (new account, reset): 12 characters without look-alikes (no 0/O, 1/l/I) in
 * groups of four for reading out (about 70 bits). The person replaces it at the next login.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
