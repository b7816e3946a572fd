package de.thinka.kompass.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginTest {

    private static SameOrigin request(String origin, String fetchSite) {
        return new SameOrigin(origin, fetchSite, "kompass.example.org", Set.of("https://kompass.thinka.de"));
    }

    @Test
    void ourOwnOriginIsProven() {
        assertTrue(request("https://kompass.example.org", null).proven());
        assertTrue(request("http://kompass.example.org", null).proven());
        assertTrue(new SameOrigin("http://localhost:20080", null, "localhost:20080", Set.of()).proven());
        assertTrue(new SameOrigin("https://kompass.example.org", null, "kompass.example.org:443", Set.of()).proven());
        assertTrue(request("https://kompass.thinka.de", null).proven());
        assertTrue(request(null, "same-origin").proven());
    }

    @Test
    void anotherSiteIsForeign() {
        assertTrue(request("https://evil.example", null).foreign());
        assertTrue(request("https://kompass.example.org.evil.example", null).foreign());
        assertTrue(new SameOrigin("http://localhost:9999", null, "localhost:20080", Set.of()).foreign());
        assertTrue(request(null, "cross-site").foreign());
        assertTrue(request(null, "same-site").foreign());
        assertTrue(request("https://kompass.example.org", "cross-site").foreign());
        assertTrue(request("not an origin", null).foreign());
        assertFalse(request("https://evil.example", null).proven());
    }

    @Test
    void missingOrNullOriginIsNeitherForeignNorProven() {
        for (SameOrigin unknown : new SameOrigin[]{request(null, null), request("null", null), request("", ""), request(null, "none")}) {
            assertFalse(unknown.foreign());
            assertFalse(unknown.proven());
        }
    }
}
