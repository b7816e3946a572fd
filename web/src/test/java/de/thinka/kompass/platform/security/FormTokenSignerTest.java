package de.thinka.kompass.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTokenSignerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private final FormTokenSigner signer = new FormTokenSigner(key((byte) 1));

    private static byte[] key(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return key;
    }

    @Test
    void aTokenIsValidForItsBindingUntilItExpires() {
        String token = signer.issue("public", NOW.plusSeconds(3600));
        assertTrue(signer.valid(token, "public", NOW));
        assertTrue(signer.valid(token, "public", NOW.plusSeconds(3599)));
        assertFalse(signer.valid(token, "public", NOW.plusSeconds(3600)));
    }

    @Test
    void aTokenIsWorthlessForAnotherBindingOrKey() {
        String token = signer.issue("staff:session-a", NOW.plusSeconds(3600));
        assertFalse(signer.valid(token, "staff:session-b", NOW));
        assertFalse(signer.valid(token, "public", NOW));
        assertFalse(new FormTokenSigner(key((byte) 2)).valid(token, "staff:session-a", NOW));
    }

    @Test
    void changedOrBrokenTokensAreRefused() {
        String token = signer.issue("public", NOW.plusSeconds(3600));
        String laterExpiry = (NOW.getEpochSecond() + 99_999) + token.substring(token.indexOf('.'));
        assertFalse(signer.valid(laterExpiry, "public", NOW));
        for (String broken : new String[]{null, "", ".", "abc", "123.", ".abc", "x.y", token + "x", "9".repeat(200)}) {
            assertFalse(signer.valid(broken, "public", NOW), broken);
        }
    }

    @Test
    void shortKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FormTokenSigner(new byte[16]));
    }
}
