package de.thinka.kompass.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void policyAllowsOnlyOwnFilesAndTheOwnHostsWebSockets() {
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "connect-src 'self' ws://kompass.example.org:8080 wss://kompass.example.org:8080; frame-ancestors 'none'; "
                        + "base-uri 'self'; form-action 'self'; object-src 'none'",
                SecurityHeaders.policy("kompass.example.org:8080"));
    }

    @Test
    void aStrangeHostHeaderIsNeverEchoed() {
        String policy = SecurityHeaders.policy("evil.example; script-src *");
        assertFalse(policy.contains("evil"));
        assertTrue(policy.contains("connect-src 'self';"));
        assertTrue(SecurityHeaders.policy(null).contains("connect-src 'self';"));
        assertTrue(SecurityHeaders.policy("[::1]:20080").contains("ws://[::1]:20080"));
    }
}
