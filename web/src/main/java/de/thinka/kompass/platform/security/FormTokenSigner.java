package de.thinka.kompass.platform.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * Form tokens "expiry.signature": an HMAC-SHA256 over the expiry and a binding (the staff session, or
 * "public" for citizens' forms), so a token is good only until it expires and only for what it was issued
 * for. Nothing is stored on the server.
 */
public final class FormTokenSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public FormTokenSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a form token key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String issue(String binding, Instant expires) {
        String expiry = Long.toString(expires.getEpochSecond());
        return expiry + "." + signature(expiry, binding);
    }

    public boolean valid(String token, String binding, Instant now) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expiry = token.substring(0, dot);
        long expires;
        try {
            expires = Long.parseLong(expiry);
        } catch (NumberFormatException notAToken) {
            return false;
        }
        byte[] expected = signature(expiry, binding).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && now.getEpochSecond() < expires;
    }

    private String signature(String expiry, String binding) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal((expiry + "|" + binding).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
