package de.thinka.kompass.appointment.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingReferencesTest {

    @Test
    void referencesAreEightReadableCharactersInTwoGroups() {
        for (int i = 0; i < 1000; i++) {
            String reference = BookingReferences.next();
            assertTrue(reference.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), reference);
            assertEquals(reference, BookingReferences.normalise(reference));
        }
    }

    @Test
    void typedOrScannedReferencesAreNormalised() {
        assertEquals("KQ7M-4X2P", BookingReferences.normalise(" kq7m4x2p "));
        assertEquals("KQ7M-4X2P", BookingReferences.normalise("KQ7M 4X2P"));
        assertNull(BookingReferences.normalise("KQ7M-4X2"));
        assertNull(BookingReferences.normalise("KQ7M-4X20"), "0 is never used");
        assertNull(BookingReferences.normalise(null));
    }
}
