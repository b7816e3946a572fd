package de.thinka.kompass.staff.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimePasswordsTest {

    @Test
    void readableGroupsWithoutLookAlikesLongEnoughAndDifferentEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = OneTimePasswords.next();
            assertTrue(password.matches("[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}"), password);
            assertTrue(password.length() >= PasswordHashing.MINIMUM_LENGTH);
            seen.add(password);
        }
        assertEquals(1000, seen.size());
    }
}
