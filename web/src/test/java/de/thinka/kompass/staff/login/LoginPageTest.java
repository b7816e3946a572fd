package de.thinka.kompass.staff.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After login people go where they wanted to go, but never to another site. */
class LoginPageTest {

    @ParameterizedTest
    @CsvSource({"/intern/start, /intern/start", "/empfang/arnstadt?x=1, /empfang/arnstadt?x=1"})
    void localTargetsAreKept(String next, String expected) {
        assertEquals(expected, LoginPage.safeTarget(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
            "/login?next=/login", "/intern\r\nSet-Cookie: x=1"})
    void foreignOrOddTargetsGoToTheStaffHome(String next) {
        assertEquals(LoginPage.STAFF_HOME, LoginPage.safeTarget(next));
    }
}
