package de.thinka.kompass.platform.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void slugsArePlausibleAndEverythingElseIsNot() {
        assertTrue(Ids.plausible("arnstadt"));
        assertTrue(Ids.plausible("soziale-isolation"));
        assertFalse(Ids.plausible(null));
        assertFalse(Ids.plausible(""));
        assertFalse(Ids.plausible("arn\u0000stadt"));
        assertFalse(Ids.plausible("<script>"));
        assertFalse(Ids.plausible("x".repeat(65)));
    }
}
