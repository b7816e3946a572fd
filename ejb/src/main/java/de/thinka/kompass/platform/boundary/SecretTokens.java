package de.thinka.kompass.platform.boundary;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens (a visitor's ticket page, a booking's manage link): 192 random bits, URL-safe (32 characters). */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private SecretTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap shape check before touching the database: 32 URL-safe base64 characters. */
    public static boolean looksValid(String token) {
        return token != null && token.length() == 32 && token.chars().allMatch(c ->
                c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
