package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubjectQueryTest {

    static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz012-_9";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KQ7M-4X2P|REFERENCE|KQ7M-4X2P",
            " kq7m4x2p |REFERENCE|KQ7M-4X2P",
            "Name@Example.ORG|EMAIL|name@example.org",
            "0176 5550123|PHONE|0176 5550123",
            "+49 361 555 01|PHONE|+49 361 555 01",
            "23456789|REFERENCE|2345-6789",
            "(0361) 555-01|PHONE|(0361) 555-01"})
    void recognisesWhatPeopleTell(String typed, SubjectQuery.Kind kind, String value) {
        assertEquals(new SubjectQuery(kind, value), SubjectQuery.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kompass.example/t/" + TOKEN, "http://localhost:8080/b/" + TOKEN + "?neu",
            "/t/" + TOKEN, TOKEN})
    void linksAndBareTokensGiveTheToken(String typed) {
        assertEquals(new SubjectQuery(SubjectQuery.Kind.TOKEN, TOKEN), SubjectQuery.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "???", "Herr Müller", "12", "<script>alert(1)</script>"})
    void anythingElseIsRefusedAsInvalid(String typed) {
        BusinessException refused = assertThrows(BusinessException.class, () -> SubjectQuery.parse(typed));
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
    }

    @Test
    void nothingAtAllIsMissing() {
        assertEquals("subject-query-missing", assertThrows(BusinessException.class, () -> SubjectQuery.parse(null)).messageKey());
    }

    @Test
    void overlongTextIsRefused() {
        assertThrows(BusinessException.class, () -> SubjectQuery.parse("a@b.de" + "x".repeat(SubjectQuery.MAX)));
    }
}
