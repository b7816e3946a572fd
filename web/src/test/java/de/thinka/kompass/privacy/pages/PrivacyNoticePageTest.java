package de.thinka.kompass.privacy.pages;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrivacyNoticePageTest {

    @Test
    void periodsAreWholeDaysRoundedUp() {
        assertEquals(90, PrivacyNoticePage.days(Duration.ofDays(90)));
        assertEquals(365, PrivacyNoticePage.days(Duration.parse("P365D")));
        assertEquals(1, PrivacyNoticePage.days(Duration.ofSeconds(3)));
        assertEquals(8, PrivacyNoticePage.days(Duration.ofDays(7).plusHours(1)));
    }
}
